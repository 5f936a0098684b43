package fr.passeurs.attendance;

import static fr.passeurs.platform.ClockProducer.PARIS;
import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.Messages;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attendance register through the REST API, with a clock the tests move into the half-days: who
 * may sign and when, the trainer's changing code, corrections that keep the history, the trainer's
 * signature closing the register, the hours attended, the CSV export and the printed feuille
 * d'émargement (PDF).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.withTestControls();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;

  @BeforeEach
  void connect() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
  }

  @AfterEach
  void resetClock() {
    fixtures.moveClockTo(null);
  }

  /** A session of two half-days some weeks ahead, with two confirmed participants. */
  record Class(Person artisan, String session, Person first, Person second, LocalDate day) {}

  Class session(int weeksAhead) {
    TrainingDay t = fixtures.trainingDay(weeksAhead, 2);
    return new Class(
        t.artisan(), t.session(), t.participants().get(0), t.participants().get(1), t.day());
  }

  String register(Class c) {
    return "/api/sessions/" + c.session() + "/register";
  }

  Api.Response sign(Person who, Class c, int slot, String code) {
    return api.as(who)
        .post(
            register(c) + "/" + slot + "/signature",
            code == null
                ? Json.createObjectBuilder().build()
                : Json.createObjectBuilder().add("code", code).build());
  }

  Api.Response record(Class c, Person who, int slot, String status, Integer late, String remark) {
    var body = Json.createObjectBuilder().add("status", status).add("remark", remark);
    if (late != null) {
      body.add("lateMinutes", late);
    }
    return api.as(c.artisan()).put(register(c) + "/" + slot + "/" + who.id(), body.build());
  }

  @Test
  void participantsSignDuringTheHalfDayByThemselvesOrWithTheTrainersChangingCode() {
    Class c = session(3);
    assertThat(sign(c.first(), c, 0, null).json().getString("type")).endsWith("outside-half-day");
    assertThat(record(c, c.first(), 0, "PRESENT", null, "").json().getString("type"))
        .endsWith("half-day-not-started");

    fixtures.moveClockTo(paris(c.day(), "09:20"));
    Api.Response signed = sign(c.first(), c, 0, null);
    assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    assertThat(signed.json().getString("method")).isEqualTo("SELF");
    assertThat(sign(c.first(), c, 0, null).json().getString("type")).endsWith("already-signed");
    assertThat(sign(fixtures.apprentice(), c, 0, null).status()).isEqualTo(403);

    Api.Response code = api.as(c.artisan()).get(register(c) + "/0/code");
    assertThat(code.status()).as(code.toString()).isEqualTo(200);
    String shown = code.json().getString("code");
    assertThat(code.json().getString("signPath")).contains(shown);
    assertThat(api.as(c.first()).get(register(c) + "/0/code").status()).isEqualTo(403);
    assertThat(sign(c.second(), c, 0, "AAAAAAAAAAAAAAAAAAAAAA").json().getString("type"))
        .endsWith("code-expired");
    // a photo of the code, used a minute later, is refused
    fixtures.moveClockTo(paris(c.day(), "09:20").plusSeconds(70));
    assertThat(sign(c.second(), c, 0, shown).json().getString("type")).endsWith("code-expired");
    String now = api.as(c.artisan()).get(register(c) + "/0/code").json().getString("code");
    assertThat(now).isNotEqualTo(shown);
    Api.Response byCode = sign(c.second(), c, 0, now);
    assertThat(byCode.status()).as(byCode.toString()).isEqualTo(201);
    assertThat(byCode.json().getString("method")).isEqualTo("QR");

    JsonObject reg = api.as(c.artisan()).get(register(c)).json();
    assertThat(reg.getJsonArray("participants")).hasSize(2);
    assertThat(
            reg.getJsonArray("participants").stream()
                .map(
                    p ->
                        p.asJsonObject()
                            .getJsonArray("entries")
                            .getJsonObject(0)
                            .getString("status")))
        .containsExactly("PRESENT", "PRESENT");
  }

  @Test
  void correctionsSupersedeEntriesAndTheHistoryKeepsThemAll() {
    Class c = session(4);
    fixtures.moveClockTo(paris(c.day(), "09:40"));
    Api.Response late = record(c, c.second(), 0, "LATE", 25, "bus en retard");
    assertThat(late.status()).as(late.toString()).isEqualTo(200);
    assertThat(late.json().getInt("seq")).isEqualTo(1);
    assertThat(late.json().getString("enteredBy")).isEqualTo(c.artisan().id());
    assertThat(late.json().getString("enteredFrom")).startsWith("api");
    assertThat(record(c, c.second(), 0, "LATE", null, "").status()).isEqualTo(400);
    assertThat(record(c, fixtures.apprentice(), 0, "PRESENT", null, "").status()).isEqualTo(400);
    assertThat(
            api.as(fixtures.artisan(fixtures.manufacture()))
                .put(
                    register(c) + "/0/" + c.second().id(),
                    Json.createObjectBuilder().add("status", "ABSENT").build())
                .status())
        .isEqualTo(403);

    Api.Response corrected =
        record(c, c.second(), 0, "PRESENT", null, "était là, erreur de saisie");
    assertThat(corrected.json().getInt("seq")).isEqualTo(2);
    List<JsonObject> history =
        api.as(c.artisan()).get(register(c) + "/history").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(history)
        .extracting(h -> h.getString("status") + "/" + h.getInt("seq"))
        .containsExactly("LATE/1", "PRESENT/2");
    JsonObject second = participant(api.as(c.artisan()).get(register(c)).json(), c.second());
    assertThat(second.getJsonArray("entries").getJsonObject(0).getString("status"))
        .isEqualTo("PRESENT");
    assertThat(second.getJsonArray("entries").getJsonObject(0).getString("remark"))
        .isEqualTo("était là, erreur de saisie");
  }

  @Test
  void theTrainerSigningEveryHalfDayClosesTheRegisterAndTheHoursFollowFromIt() {
    Class c = session(5);
    fixtures.moveClockTo(paris(c.day(), "09:10"));
    sign(c.first(), c, 0, null);
    Api.Response tooEarly = api.as(c.artisan()).post(register(c) + "/0/trainer-signature", null);
    assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
    assertThat(tooEarly.json().getString("type")).endsWith("half-day-not-over");
    assertThat(
            api.as(c.artisan())
                .header("Accept-Language", "fr")
                .post(register(c) + "/0/trainer-signature", null)
                .json()
                .getString("detail"))
        .isEqualTo(
            "Le formateur signe une demi-journée à sa fin : pas avant "
                + Messages.dateTime(paris(c.day(), "12:15").atZone(PARIS), Locale.FRENCH)
                + ".");

    // in the last quarter of an hour of the morning (it ends at 12:30)
    fixtures.moveClockTo(paris(c.day(), "12:20:30"));
    assertThat(
            api.as(c.artisan())
                .post(register(c) + "/0/trainer-signature", null)
                .json()
                .getString("type"))
        .endsWith("register-incomplete");
    record(c, c.second(), 0, "LATE", 30, "");
    assertThat(
            api.as(c.artisan())
                .post(register(c) + "/1/trainer-signature", null)
                .json()
                .getString("type"))
        .endsWith("half-day-not-over");
    Api.Response morning = api.as(c.artisan()).post(register(c) + "/0/trainer-signature", null);
    assertThat(morning.status()).as(morning.toString()).isEqualTo(201);
    assertThat(api.as(c.first()).post(register(c) + "/0/trainer-signature", null).status())
        .isEqualTo(403);

    fixtures.moveClockTo(paris(c.day(), "14:30"));
    record(c, c.first(), 1, "PRESENT", null, "");
    record(c, c.second(), 1, "EXCUSED", null, "rendez-vous médical");
    fixtures.moveClockTo(paris(c.day(), "17:05"));
    assertThat(api.as(c.artisan()).post(register(c) + "/1/trainer-signature", null).status())
        .isEqualTo(201);

    // the morning was signed ten minutes before its end: it counts 200 minutes, not 210
    JsonObject reg = api.as(c.artisan()).get(register(c)).json();
    assertThat(reg.getBoolean("closed")).isTrue();
    assertThat(reg.getJsonNumber("plannedMinutes").longValue()).isEqualTo(210 + 180);
    assertThat(participant(reg, c.first()).getJsonNumber("attendedMinutes").longValue())
        .isEqualTo(200 + 180);
    assertThat(participant(reg, c.second()).getJsonNumber("attendedMinutes").longValue())
        .isEqualTo(170);

    // a name that a spreadsheet would take for a formula is written as text
    assertThat(
            api.as(c.first())
                .put(
                    "/api/me/profile",
                    Json.createObjectBuilder()
                        .add("displayName", "=HYPERLINK(\"http://evil.example\",\"Léa\")")
                        .build())
                .status())
        .isEqualTo(200);
    Api.Response csv = api.as(c.artisan()).fetch(register(c) + "/export.csv", "text/csv");
    assertThat(csv.body())
        .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Léa\"\")\",")
        .doesNotContain(",\"=HYPERLINK")
        .doesNotContain(",=HYPERLINK");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .contains("participant,présence")
        .contains("EXCUSED")
        .contains("rendez-vous médical")
        .contains("LATE,30");
    assertThat(csv.body().lines().count()).isEqualTo(1 + 2 * 2);
    assertThat(api.as(c.first()).get(register(c)).status()).isEqualTo(403);
  }

  @Test
  void theRegisterPrintsAsAFeuilleDEmargementOverSeveralLandscapePages() throws Exception {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 40);
    Person artisan = fixtures.artisan(manufacture);
    String title = "Dentelle " + Fixtures.uniqueWord();
    String training =
        fixtures
            .training(
                artisan,
                trainingBody(fixtures.knowHowOf(artisan))
                    .add("title", title)
                    .add("maxParticipants", 30))
            .getString("id");
    LocalDate day = monday(6);
    String session =
        fixtures
            .session(
                artisan,
                training,
                sessionBody(
                    room,
                    30,
                    paris(day.minusDays(3), "18:00"),
                    paris(day, "09:00"),
                    paris(day, "12:30"),
                    paris(day, "14:00"),
                    paris(day, "17:00")))
            .getString("id");
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Person p = fixtures.apprentice();
      assertThat(api.as(p).post("/api/sessions/" + session + "/enrolments", null).status())
          .isEqualTo(201);
      people.add(p);
    }
    Class c = new Class(artisan, session, people.get(0), people.get(1), day);

    fixtures.moveClockTo(paris(day, "09:14"));
    String code = api.as(artisan).get(register(c) + "/0/code").json().getString("code");
    Api.Response byCode = sign(people.get(0), c, 0, code);
    assertThat(byCode.status()).as(byCode.toString()).isEqualTo(201);
    String signedAt = shownInParis(Instant.parse(byCode.json().getString("signedAt")));
    record(c, people.get(1), 0, "LATE", 12, "train supprimé");
    record(c, people.get(2), 0, "EXCUSED", null, "");
    record(c, people.get(3), 0, "ABSENT", null, "");
    for (Person p : people.subList(4, 30)) {
      record(c, p, 0, "PRESENT", null, "");
    }
    fixtures.moveClockTo(paris(day, "12:35"));
    Api.Response closed = api.as(artisan).post(register(c) + "/0/trainer-signature", null);
    assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
    String trainerSignedAt = shownInParis(Instant.parse(closed.json().getString("signedAt")));

    Api.Download pdf = api.as(artisan).download(register(c) + "/export.pdf", "application/pdf");
    assertThat(pdf.status()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isGreaterThan(page.getHeight());
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Feuille d'émargement")
          .contains(title)
          .contains("Demi-journée 1")
          .contains("Demi-journée 2")
          .contains("signé le " + signedAt + " (QR)")
          .contains("en retard (12 min)")
          .contains("train supprimé")
          .contains("excusé")
          .contains("absent")
          .contains("présent")
          .contains("Signature du formateur")
          .contains("signé le " + trainerSignedAt)
          .contains("non renseigné")
          .contains("Page 1 / " + document.getNumberOfPages())
          .contains("Exportée le ");
      for (Person p : people) {
        assertThat(text).contains(p.email());
      }
    }
    assertThat(
            api.as(fixtures.artisan(manufacture))
                .download(register(c) + "/export.pdf", "application/pdf")
                .status())
        .isEqualTo(403);
    assertThat(
            api.as(people.get(0)).download(register(c) + "/export.pdf", "application/pdf").status())
        .isEqualTo(403);
    assertThat(api.as(manager).download(register(c) + "/export.pdf", "application/pdf").status())
        .isEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String shownInParis(Instant at) {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(Fixtures.PARIS).format(at);
  }

  private static JsonObject participant(JsonObject register, Person who) {
    return register.getJsonArray("participants").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("id").equals(who.id()))
        .findFirst()
        .orElseThrow();
  }
}
