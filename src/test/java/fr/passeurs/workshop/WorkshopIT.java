package fr.passeurs.workshop;

import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workshop (rooms, machines, opening hours) and the one calendar that keeps its rooms, machines
 * and artisans from being booked twice, through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkshopIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;

  @BeforeEach
  void connect() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
  }

  /** A manufacture with its manager, a room of 10 and an artisan with a training. */
  record Place(String id, Person manager, String room, Person artisan, String training) {}

  Place place() {
    String id = fixtures.manufacture();
    Person manager = fixtures.manager(id);
    String room = fixtures.room(manager, id, 10);
    Person artisan = fixtures.artisan(id);
    String training =
        fixtures.training(artisan, trainingBody(fixtures.knowHowOf(artisan))).getString("id");
    return new Place(id, manager, room, artisan, training);
  }

  @Test
  void managerDescribesRoomsAndMachinesThatAnyoneReads() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Api.Response room =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/rooms",
                Json.createObjectBuilder()
                    .add("name", "Atelier des métiers")
                    .add("capacity", 14)
                    .add("wheelchairAccessible", true)
                    .build());
    assertThat(room.status()).as(room.toString()).isEqualTo(201);
    String roomId = room.json().getString("id");
    assertThat(room.header("Location")).endsWith("/rooms/" + roomId);

    Api.Response machine =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/machines",
                Json.createObjectBuilder()
                    .add("name", "Marteau-pilon")
                    .add("kind", "forge")
                    .add("roomId", roomId)
                    .add("requiresAuthorisation", true)
                    .add("minimumAge", 16)
                    .build());
    assertThat(machine.status()).as(machine.toString()).isEqualTo(201);

    JsonObject readRoom =
        api.get("/api/manufactures/" + manufacture + "/rooms").jsonArray().getJsonObject(0);
    assertThat(readRoom.getString("name")).isEqualTo("Atelier des métiers");
    assertThat(readRoom.getInt("capacity")).isEqualTo(14);
    assertThat(readRoom.getBoolean("wheelchairAccessible")).isTrue();
    JsonObject readMachine =
        api.get("/api/manufactures/" + manufacture + "/machines").jsonArray().getJsonObject(0);
    assertThat(readMachine.getString("roomId")).isEqualTo(roomId);
    assertThat(readMachine.getBoolean("requiresAuthorisation")).isTrue();
    assertThat(readMachine.getInt("minimumAge")).isEqualTo(16);

    Api.Response renamed =
        api.as(manager)
            .put(
                "/api/manufactures/" + manufacture + "/rooms/" + roomId,
                Json.createObjectBuilder()
                    .add("name", "Grand atelier")
                    .add("capacity", 20)
                    .add("wheelchairAccessible", false)
                    .build());
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.json().getInt("capacity")).isEqualTo(20);

    Api.Response described =
        api.as(manager)
            .put(
                "/api/manufactures/" + manufacture + "/machines/" + machine.json().getString("id"),
                Json.createObjectBuilder()
                    .add("name", "Marteau-pilon à air")
                    .add("kind", "forge")
                    .add("roomId", roomId)
                    .add("requiresAuthorisation", false)
                    .add("minimumAge", 18)
                    .build());
    assertThat(described.status()).as(described.toString()).isEqualTo(200);
    JsonObject reread =
        api.get("/api/manufactures/" + manufacture + "/machines").jsonArray().getJsonObject(0);
    assertThat(reread.getString("name")).isEqualTo("Marteau-pilon à air");
    assertThat(reread.getBoolean("requiresAuthorisation")).isFalse();
    assertThat(reread.getInt("minimumAge")).isEqualTo(18);
  }

  @Test
  void onlyTheManufacturesManagerDescribesItsWorkshop() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    Person otherManager = fixtures.manager(fixtures.manufacture());
    JsonObject body = Json.createObjectBuilder().add("name", "Salle").add("capacity", 5).build();
    String rooms = "/api/manufactures/" + manufacture + "/rooms";
    assertThat(api.post(rooms, body).status()).isEqualTo(401);
    assertThat(api.as(artisan).post(rooms, body).status()).isEqualTo(403);
    assertThat(api.as(otherManager).post(rooms, body).status()).isEqualTo(403);
    assertThat(fixtures.asAdmin().post(rooms, body).status()).isEqualTo(201);
  }

  @Test
  void badRoomsAndMachinesAreRefusedFieldByField() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Api.Response room =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/rooms",
                Json.createObjectBuilder().add("name", "").add("capacity", 0).build());
    assertThat(room.status()).isEqualTo(400);
    assertThat(room.contentType()).startsWith("application/problem+json");
    assertThat(fields(room)).contains("name", "capacity");

    String elsewhere = fixtures.manufacture();
    String otherRoom = fixtures.room(fixtures.manager(elsewhere), elsewhere, 3);
    Api.Response machine =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/machines",
                Json.createObjectBuilder()
                    .add("name", "Tour")
                    .add("kind", "lathe")
                    .add("roomId", otherRoom)
                    .build());
    assertThat(machine.status()).as(machine.toString()).isEqualTo(400);
    assertThat(fields(machine)).contains("roomId");
    assertThat(api.get("/api/manufactures/" + manufacture + "/machines").jsonArray()).isEmpty();
  }

  @Test
  void openingHoursAndClosureDaysAreKeptAndShown() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    JsonObject hours = api.get("/api/manufactures/" + manufacture + "/opening-hours").json();
    assertThat(hours.getString("timeZone")).isEqualTo("Europe/Paris");
    assertThat(hours.getJsonArray("periods")).hasSize(5);

    Api.Response set =
        api.as(manager)
            .put(
                "/api/manufactures/" + manufacture + "/opening-hours",
                Json.createObjectBuilder()
                    .add(
                        "periods",
                        Json.createArrayBuilder()
                            .add(period("TUESDAY", "10:00", "17:00"))
                            .add(period("SATURDAY", "09:00", "12:30")))
                    .build());
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getJsonArray("periods")).hasSize(2);

    Api.Response backwards =
        api.as(manager)
            .put(
                "/api/manufactures/" + manufacture + "/opening-hours",
                Json.createObjectBuilder()
                    .add(
                        "periods",
                        Json.createArrayBuilder().add(period("MONDAY", "18:00", "09:00")))
                    .build());
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(fields(backwards)).contains("periods[0]");

    LocalDate christmas = LocalDate.of(LocalDate.now().getYear(), 12, 25);
    if (christmas.isBefore(LocalDate.now())) {
      christmas = christmas.plusYears(1);
    }
    Api.Response closed =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/closures",
                Json.createObjectBuilder()
                    .add("date", christmas.toString())
                    .add("reason", "Noël")
                    .build());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    JsonObject closure = closed.json().getJsonArray("closures").getJsonObject(0);
    assertThat(closure.getString("date")).isEqualTo(christmas.toString());
    assertThat(closure.getString("reason")).isEqualTo("Noël");

    Api.Response reopened =
        api.as(manager).delete("/api/manufactures/" + manufacture + "/closures/" + christmas);
    assertThat(reopened.status()).isEqualTo(200);
    assertThat(reopened.json().getJsonArray("closures")).isEmpty();
  }

  @Test
  void aRoomBookedTwiceIsRefusedWithTheConflictNamed() {
    Place place = place();
    LocalDate day = monday(3);
    JsonObject first =
        fixtures.session(
            place.artisan(),
            place.training(),
            sessionBody(
                place.room(),
                8,
                paris(day.minusDays(3), "12:00"),
                paris(day, "09:00"),
                paris(day, "12:00")));

    Person colleague = fixtures.artisan(place.id());
    String otherTraining =
        fixtures.training(colleague, trainingBody(fixtures.knowHowOf(colleague))).getString("id");
    Api.Response second =
        fixtures.proposeSession(
            colleague,
            otherTraining,
            sessionBody(
                place.room(),
                8,
                paris(day.minusDays(3), "12:00"),
                paris(day, "11:00"),
                paris(day, "13:00")));
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    JsonObject problem = second.json();
    assertThat(problem.getString("type")).endsWith("booking-conflict");
    assertThat(problem.getString("detail")).contains("is already booked from").contains("09:00");
    JsonObject conflict = problem.getJsonObject("conflict");
    assertThat(conflict.getString("resourceType")).isEqualTo("ROOM");
    assertThat(conflict.getString("resourceId")).isEqualTo(place.room());
    assertThat(conflict.getString("holderType")).isEqualTo("SESSION");
    assertThat(conflict.getString("holderId")).isEqualTo(first.getString("id"));
    assertThat(conflict.getString("start")).isEqualTo(paris(day, "09:00").toString());

    // Back to back is no overlap.
    fixtures.session(
        colleague,
        otherTraining,
        sessionBody(
            place.room(),
            8,
            paris(day.minusDays(3), "12:00"),
            paris(day, "12:00"),
            paris(day, "13:00")));
  }

  @Test
  void anArtisanAndAMachineCannotBeInTwoPlacesAtOnce() {
    Place place = place();
    String secondRoom = fixtures.room(place.manager(), place.id(), 6);
    String loom = fixtures.machine(place.manager(), place.id(), place.room());
    LocalDate day = monday(4);
    fixtures.session(
        place.artisan(),
        place.training(),
        sessionBody(
                place.room(),
                6,
                paris(day.minusDays(2), "09:00"),
                paris(day, "14:00"),
                paris(day, "17:00"))
            .add("machineIds", Json.createArrayBuilder().add(loom)));

    Api.Response sameArtisan =
        fixtures.proposeSession(
            place.artisan(),
            place.training(),
            sessionBody(
                secondRoom,
                6,
                paris(day.minusDays(2), "09:00"),
                paris(day, "15:00"),
                paris(day, "16:00")));
    assertThat(sameArtisan.status()).as(sameArtisan.toString()).isEqualTo(409);
    assertThat(sameArtisan.json().getJsonObject("conflict").getString("resourceType"))
        .isEqualTo("ARTISAN");

    Person colleague = fixtures.artisan(place.id());
    String otherTraining =
        fixtures.training(colleague, trainingBody(fixtures.knowHowOf(colleague))).getString("id");
    Api.Response sameMachine =
        fixtures.proposeSession(
            colleague,
            otherTraining,
            sessionBody(
                    secondRoom,
                    6,
                    paris(day.minusDays(2), "09:00"),
                    paris(day, "16:00"),
                    paris(day, "17:30"))
                .add("machineIds", Json.createArrayBuilder().add(loom)));
    assertThat(sameMachine.status()).as(sameMachine.toString()).isEqualTo(409);
    JsonObject conflict = sameMachine.json().getJsonObject("conflict");
    assertThat(conflict.getString("resourceType")).isEqualTo("MACHINE");
    assertThat(conflict.getString("resourceId")).isEqualTo(loom);
  }

  @Test
  void outsideOpeningHoursOrOnAClosureDayIsRefused() {
    Place place = place();
    LocalDate day = monday(5);
    Api.Response evening =
        fixtures.proposeSession(
            place.artisan(),
            place.training(),
            sessionBody(
                place.room(),
                6,
                paris(day.minusDays(2), "09:00"),
                paris(day, "17:00"),
                paris(day, "19:00")));
    assertThat(evening.status()).as(evening.toString()).isEqualTo(409);
    assertThat(evening.json().getString("type")).endsWith("outside-opening-hours");

    Api.Response sunday =
        fixtures.proposeSession(
            place.artisan(),
            place.training(),
            sessionBody(
                place.room(),
                6,
                paris(day.minusDays(2), "09:00"),
                paris(day.minusDays(1), "10:00"),
                paris(day.minusDays(1), "12:00")));
    assertThat(sunday.status()).as(sunday.toString()).isEqualTo(409);

    api.as(place.manager())
        .post(
            "/api/manufactures/" + place.id() + "/closures",
            Json.createObjectBuilder()
                .add("date", day.toString())
                .add("reason", "Inventaire")
                .build());
    Api.Response closed =
        fixtures.proposeSession(
            place.artisan(),
            place.training(),
            sessionBody(
                place.room(),
                6,
                paris(day.minusDays(2), "09:00"),
                paris(day, "10:00"),
                paris(day, "12:00")));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
    assertThat(closed.json().getString("detail")).contains("Inventaire");
  }

  @Test
  void seatsMayNotExceedTheRoomNorTheTraining() {
    Place place = place();
    LocalDate day = monday(6);
    Api.Response tooMany =
        fixtures.proposeSession(
            place.artisan(),
            place.training(),
            sessionBody(
                place.room(),
                11,
                paris(day.minusDays(2), "09:00"),
                paris(day, "09:00"),
                paris(day, "12:00")));
    assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
    assertThat(fields(tooMany)).contains("seats");
    assertThat(tooMany.body()).contains("holds 10 people at most");
  }

  @Test
  void twoArtisansSchedulingTheSameRoomAtOnceCannotBothWin() throws Exception {
    Place place = place();
    int artisans = 8;
    List<Person> people = new ArrayList<>();
    List<String> trainings = new ArrayList<>();
    for (int i = 0; i < artisans; i++) {
      Person artisan = fixtures.artisan(place.id());
      people.add(artisan);
      trainings.add(
          fixtures.training(artisan, trainingBody(fixtures.knowHowOf(artisan))).getString("id"));
    }
    LocalDate day = monday(7);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(artisans);
    try {
      List<Future<Api.Response>> answers = new ArrayList<>();
      for (int i = 0; i < artisans; i++) {
        Person artisan = people.get(i);
        String training = trainings.get(i);
        // Overlapping, not identical: each from a different quarter of the morning.
        String from = String.format("%02d:%02d", 9 + i / 4, (i % 4) * 15);
        Callable<Api.Response> schedule =
            () -> {
              start.await();
              return fixtures.proposeSession(
                  artisan,
                  training,
                  sessionBody(
                      place.room(),
                      8,
                      paris(day.minusDays(2), "09:00"),
                      paris(day, from),
                      paris(day, "12:30")));
            };
        answers.add(pool.submit(schedule));
      }
      start.countDown();
      int won = 0;
      int refused = 0;
      for (Future<Api.Response> answer : answers) {
        Api.Response response = answer.get();
        if (response.status() == 201) {
          won++;
        } else {
          assertThat(response.status()).as(response.toString()).isEqualTo(409);
          assertThat(response.json().getString("type")).endsWith("booking-conflict");
          refused++;
        }
      }
      assertThat(won).isEqualTo(1);
      assertThat(refused).isEqualTo(artisans - 1);
    } finally {
      pool.shutdownNow();
    }
    Api.Response week =
        api.as(place.manager())
            .get(
                "/api/manufactures/"
                    + place.id()
                    + "/reservations?from="
                    + paris(day, "00:00")
                    + "&to="
                    + paris(day.plusDays(1), "00:00"));
    assertThat(week.status()).as(week.toString()).isEqualTo(200);
    long roomBookings =
        week.jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("resourceId").equals(place.room()))
            .count();
    assertThat(roomBookings).isEqualTo(1);
  }

  private static JsonObject period(String day, String opens, String closes) {
    return Json.createObjectBuilder()
        .add("day", day)
        .add("opens", opens)
        .add("closes", closes)
        .build();
  }

  private static List<String> fields(Api.Response problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }
}
