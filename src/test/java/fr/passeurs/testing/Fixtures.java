package fr.passeurs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Arranges test data through the API, each piece new and unique to the test that makes it, so that
 * tests never depend on one another or on what a database already holds.
 */
public final class Fixtures {

  private final Api api;

  public Fixtures(Api api) {
    this.api = api.anonymous();
  }

  /** Someone who can log in. */
  public record Person(String id, String email, String password) {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A word that appears in no other test's data, for searches that must find only ours. */
  public static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + LETTERS.nextInt(26)));
    }
    return word.toString();
  }

  private static final java.util.Random LETTERS = new java.security.SecureRandom();

  public Person admin() {
    return new Person(null, TestRuntime.ADMIN_EMAIL, TestRuntime.adminPassword());
  }

  public Api asAdmin() {
    return api.as(admin());
  }

  public static JsonObjectBuilder manufactureBody(
      String name, String region, double lat, double lon) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("street", "1 rue des Ateliers")
        .add("postalCode", "23200")
        .add("city", "Aubusson")
        .add("region", region)
        .add("latitude", lat)
        .add("longitude", lon)
        .add("description", "Un atelier partagé.");
  }

  /** A new manufacture, opened by the admin; returns its id. */
  public String manufacture() {
    return manufacture("NOUVELLE_AQUITAINE", 45.95, 2.17);
  }

  public String manufacture(String region, double lat, double lon) {
    Api.Response created =
        asAdmin()
            .post(
                "/api/manufactures",
                manufactureBody(unique("Manufacture"), region, lat, lon).build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** A new manager of the manufacture, appointed by the admin. */
  public Person manager(String manufactureId) {
    String email = unique("manager") + "@example.org";
    String password = unique("secret-password");
    Api.Response appointed =
        asAdmin()
            .post(
                "/api/manufactures/" + manufactureId + "/managers",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("displayName", "Manager " + email)
                    .add("password", password)
                    .build());
    assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
    return new Person(appointed.json().getString("id"), email, password);
  }

  /** A new artisan of the manufacture, still pending. */
  public Person pendingArtisan(String manufactureId) {
    return register("ARTISAN", manufactureId);
  }

  /** A new artisan of the manufacture, activated by the admin. */
  public Person artisan(String manufactureId) {
    Person artisan = pendingArtisan(manufactureId);
    activate(artisan);
    return artisan;
  }

  public void activate(Person artisan) {
    Api.Response activated = asAdmin().post("/api/accounts/" + artisan.id() + "/activate", null);
    assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
  }

  public Person apprentice() {
    return register("APPRENTICE", null);
  }

  public Person teacher() {
    return register("TEACHER", null);
  }

  /** An apprentice who gave their birth date. */
  public Person apprentice(LocalDate birthDate) {
    return register("APPRENTICE", null, birthDate);
  }

  public Person register(String role, String manufactureId) {
    return register(role, manufactureId, null);
  }

  public Person register(String role, String manufactureId, LocalDate birthDate) {
    String email = unique(role.toLowerCase()) + "@example.org";
    String password = unique("password");
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", password)
            .add("displayName", "Person " + email)
            .add("role", role);
    if (manufactureId != null) {
      body.add("manufactureId", manufactureId);
    }
    if (birthDate != null) {
      body.add("birthDate", birthDate.toString());
    }
    Api.Response created = api.post("/api/accounts", body.build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Person(created.json().getString("id"), email, password);
  }

  /** A know-how body with the essentials; callers add or override fields. */
  public static JsonObjectBuilder knowHowBody(String title, String domain) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "Résumé de " + title)
        .add("description", "Description de " + title)
        .add("domain", domain);
  }

  public static JsonArrayBuilder array(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  /** Creates a know-how entry as this person; returns the created entry. */
  public JsonObject knowHow(Person author, JsonObjectBuilder body) {
    Api.Response created = api.as(author).post("/api/know-how", body.build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  /** An entry held by the artisan; returns its id. */
  public String knowHowOf(Person artisan) {
    return knowHow(artisan, knowHowBody("Savoir " + uniqueWord(), "METAL")).getString("id");
  }

  // --- The workshop and its trainings ---------------------------------------------------------

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The Monday so many weeks ahead (1 is next week's), in Paris. */
  public static LocalDate monday(int weeksAhead) {
    return LocalDate.now(PARIS)
        .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        .plusWeeks(weeksAhead - 1L);
  }

  /** That day at that Paris time ("09:00"). */
  public static Instant paris(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(PARIS).toInstant();
  }

  /** A new room of the manufacture, described by its manager; returns its id. */
  public String room(Person manager, String manufactureId, int capacity) {
    Api.Response created =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufactureId + "/rooms",
                Json.createObjectBuilder()
                    .add("name", unique("Salle"))
                    .add("capacity", capacity)
                    .add("wheelchairAccessible", true)
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** A new machine in that room; returns its id. */
  public String machine(Person manager, String manufactureId, String roomId) {
    Api.Response created =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufactureId + "/machines",
                Json.createObjectBuilder()
                    .add("name", unique("Métier à tisser"))
                    .add("kind", "loom")
                    .add("roomId", roomId)
                    .add("requiresAuthorisation", false)
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** A training body (for that know-how, if given): 1 to 12 participants, free, no age limit. */
  public static JsonObjectBuilder trainingBody(String knowHowId) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (knowHowId != null) {
      body.add("knowHowId", knowHowId);
    }
    return body.add("title", "Initiation " + uniqueWord())
        .add("objectives", "Tenir l'outil, connaître le geste.")
        .add("level", "BEGINNER")
        .add("durationHours", 3)
        .add("minParticipants", 1)
        .add("maxParticipants", 12)
        .add("priceCents", 0);
  }

  /** A new training of the artisan; returns it. */
  public JsonObject training(Person artisan, JsonObjectBuilder body) {
    Api.Response created = api.as(artisan).post("/api/trainings", body.build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  /** A session body: the room, seats, deadline and half-days given as start, end, start, end… */
  public static JsonObjectBuilder sessionBody(
      String roomId, int seats, Instant deadline, Instant... startsAndEnds) {
    JsonArrayBuilder slots = Json.createArrayBuilder();
    for (int i = 0; i + 1 < startsAndEnds.length; i += 2) {
      slots.add(
          Json.createObjectBuilder()
              .add("start", startsAndEnds[i].toString())
              .add("end", startsAndEnds[i + 1].toString()));
    }
    return Json.createObjectBuilder()
        .add("roomId", roomId)
        .add("machineIds", Json.createArrayBuilder())
        .add("slots", slots)
        .add("seats", seats)
        .add("enrolmentDeadline", deadline.toString());
  }

  /** Asks for a session of the training; returns the answer, whatever it is. */
  public Api.Response proposeSession(Person artisan, String trainingId, JsonObjectBuilder body) {
    return api.as(artisan).post("/api/trainings/" + trainingId + "/sessions", body.build());
  }

  /** A new session of the training; returns it. */
  public JsonObject session(Person artisan, String trainingId, JsonObjectBuilder body) {
    Api.Response created = proposeSession(artisan, trainingId, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  // --- Class visits ----------------------------------------------------------------------------

  /**
   * A visit offer body for the know-how and room: a 90-minute demonstration for cycle 3 and
   * collège, 5 to 24 pupils, adapted to motor disabilities, on weekdays over the coming year.
   */
  /**
   * A day of training in a new manufacture, some Mondays ahead: two half-days, 09:00–12:30 and
   * 14:00–17:00, five seats, and its participants' places confirmed.
   */
  public record TrainingDay(
      String manufacture,
      Person manager,
      String room,
      Person artisan,
      JsonObject training,
      String session,
      LocalDate day,
      List<Person> participants) {}

  public TrainingDay trainingDay(int weeksAhead, int participants) {
    String manufacture = manufacture();
    Person manager = manager(manufacture);
    String room = room(manager, manufacture, 20);
    Person artisan = artisan(manufacture);
    JsonObject training = training(artisan, trainingBody(knowHowOf(artisan)));
    LocalDate day = monday(weeksAhead);
    String session =
        session(
                artisan,
                training.getString("id"),
                sessionBody(
                    room,
                    5,
                    paris(day.minusDays(3), "18:00"),
                    paris(day, "09:00"),
                    paris(day, "12:30"),
                    paris(day, "14:00"),
                    paris(day, "17:00")))
            .getString("id");
    List<Person> enrolled = new ArrayList<>();
    for (int i = 0; i < participants; i++) {
      Person apprentice = apprentice(LocalDate.of(2000, 1, 1));
      Api.Response enrolment =
          api.as(apprentice).post("/api/sessions/" + session + "/enrolments", null);
      assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(201);
      enrolled.add(apprentice);
    }
    return new TrainingDay(manufacture, manager, room, artisan, training, session, day, enrolled);
  }

  /**
   * Holds the day of training (a deployment with the test controls): its first participant present
   * at both half-days, each closed by the trainer's signature; then moves the clock to the next
   * morning and waits for that participant's certificate. Returns its code.
   */
  public String hold(TrainingDay t) {
    Person participant = t.participants().get(0);
    String register = "/api/sessions/" + t.session() + "/register";
    String[][] halfDays = {{"09:10", "12:35"}, {"14:30", "17:05"}};
    for (int slot = 0; slot < halfDays.length; slot++) {
      moveClockTo(paris(t.day(), halfDays[slot][0]));
      Api.Response present =
          api.as(t.artisan())
              .put(
                  register + "/" + slot + "/" + participant.id(),
                  Json.createObjectBuilder().add("status", "PRESENT").add("remark", "").build());
      assertThat(present.status()).as(present.toString()).isEqualTo(200);
      moveClockTo(paris(t.day(), halfDays[slot][1]));
      Api.Response signed =
          api.as(t.artisan()).post(register + "/" + slot + "/trainer-signature", null);
      assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    }
    moveClockTo(paris(t.day().plusDays(1), "10:00"));
    return Eventually.eventually(
            () -> api.as(participant).get("/api/me/certificates").json(),
            page -> page.getInt("total") == 1,
            "certificate issued")
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("code");
  }

  /**
   * Moves the clock of the application under test (a deployment with the test controls) to that
   * instant; null takes it back to the real time.
   */
  public void moveClockTo(Instant at) {
    long offset = at == null ? 0 : Duration.between(Instant.now(), at).toSeconds();
    Api.Response moved = api.post("/api/test/clock/" + offset, null);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
  }

  public static JsonObjectBuilder visitOfferBody(String knowHowId, String roomId) {
    LocalDate today = LocalDate.now(PARIS);
    return Json.createObjectBuilder()
        .add("knowHowId", knowHowId)
        .add("roomId", roomId)
        .add("title", "Visite " + uniqueWord())
        .add("description", "Les élèves voient le geste de près.")
        .add("format", "DEMONSTRATION")
        .add("levels", array("PRIMARY_CYCLE_3", "COLLEGE"))
        .add("durationMinutes", 90)
        .add("minPupils", 5)
        .add("maxPupils", 24)
        .add("accessibility", array("MOTOR"))
        .add("minimumAge", 8)
        .add("safetyRules", "Derrière la ligne jaune près de la forge.")
        .add("protectiveEquipment", "Lunettes fournies")
        .add(
            "periods",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("from", today.toString())
                        .add("to", today.plusYears(1).toString())))
        .add("weekdays", array("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
  }

  /** A published visit offer; returns it. */
  public JsonObject visitOffer(Person author, JsonObjectBuilder body) {
    Api.Response created = api.as(author).post("/api/visit-offers", body.build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  /** A new, valid UAI: seven random digits and their check letter. */
  public static String uai() {
    int number = java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000);
    return String.format("%07d", number) + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(number % 23);
  }

  /** A school registered by the teacher; returns its UAI. */
  public String school(Person teacher) {
    String uai = uai();
    Api.Response created =
        api.as(teacher)
            .post(
                "/api/me/schools",
                Json.createObjectBuilder()
                    .add("uai", uai)
                    .add("name", "École " + uniqueWord())
                    .add("city", "Limoges")
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return uai;
  }
}
