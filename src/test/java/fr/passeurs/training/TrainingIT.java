package fr.passeurs.training;

import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.AllAtOnce;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.FakeSmtpServer;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.TestRuntime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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
 * Trainings, their sessions and enrolments with waiting lists, notifications, mail and calendar
 * feeds, through the REST API, with a clock the tests move.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.withTestControls();
  }

  /** What calendar applications ask for. */
  private static final String CALENDAR = "text/calendar, */*;q=0.8";

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
    moveClock(Duration.ZERO);
  }

  /** An artisan of a manufacture with a room of 20 and a training for 1 to 12. */
  record Workshop(
      String manufacture, Person manager, String room, Person artisan, String training) {}

  Workshop workshop() {
    return workshop(trainingBody(null));
  }

  Workshop workshop(jakarta.json.JsonObjectBuilder training) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 20);
    Person artisan = fixtures.artisan(manufacture);
    String id =
        fixtures
            .training(artisan, training.add("knowHowId", fixtures.knowHowOf(artisan)))
            .getString("id");
    return new Workshop(manufacture, manager, room, artisan, id);
  }

  /** A morning session of the workshop's training, some weeks ahead. */
  JsonObject session(Workshop w, int seats, int weeksAhead) {
    LocalDate day = monday(weeksAhead);
    return fixtures.session(
        w.artisan(),
        w.training(),
        sessionBody(
            w.room(),
            seats,
            paris(day.minusDays(3), "18:00"),
            paris(day, "09:00"),
            paris(day, "12:30")));
  }

  Api.Response enrol(Person apprentice, String session) {
    return api.as(apprentice).post("/api/sessions/" + session + "/enrolments", null);
  }

  @Test
  void anArtisanOffersATrainingAndSchedulesASessionThatAnyoneFinds() {
    Workshop w = workshop();
    JsonObject training = api.get("/api/trainings/" + w.training()).json();
    assertThat(training.getString("artisanId")).isEqualTo(w.artisan().id());
    assertThat(training.getString("manufactureId")).isEqualTo(w.manufacture());
    assertThat(training.getInt("maxParticipants")).isEqualTo(12);

    LocalDate day = monday(2);
    JsonObject session =
        fixtures.session(
            w.artisan(),
            w.training(),
            sessionBody(
                w.room(),
                10,
                paris(day.minusDays(3), "18:00"),
                paris(day, "09:00"),
                paris(day, "12:30"),
                paris(day.plusDays(1), "14:00"),
                paris(day.plusDays(1), "17:30")));
    assertThat(session.getString("status")).isEqualTo("SCHEDULED");
    assertThat(session.getInt("seatsLeft")).isEqualTo(10);
    assertThat(session.getJsonArray("slots")).hasSize(2);
    assertThat(session.getJsonArray("slots").getJsonObject(0).getString("halfDay"))
        .isEqualTo("MORNING");
    assertThat(session.getJsonArray("slots").getJsonObject(1).getString("halfDay"))
        .isEqualTo("AFTERNOON");

    JsonObject found =
        api.get(
                "/api/sessions?manufacture="
                    + w.manufacture()
                    + "&from="
                    + day
                    + "&to="
                    + day.plusDays(7))
            .json();
    assertThat(found.getInt("total")).isEqualTo(1);
    assertThat(found.getJsonArray("items").getJsonObject(0).getString("id"))
        .isEqualTo(session.getString("id"));
    assertThat(
            api.get("/api/sessions?manufacture=" + w.manufacture() + "&from=" + day.plusDays(7))
                .json()
                .getInt("total"))
        .isZero();
    assertThat(api.get("/api/trainings/" + w.training() + "/sessions").jsonArray()).hasSize(1);
    String knowHowId = training.getString("knowHowId");
    assertThat(ids(api.get("/api/sessions?knowHow=" + knowHowId).json()))
        .containsExactly(session.getString("id"));
    // The fixtures' manufactures are at Aubusson (45.95, 2.17); Limoges is 70 km away.
    assertThat(ids(api.get("/api/sessions?knowHow=" + knowHowId + "&near=45.83,1.26").json()))
        .isEmpty();
    assertThat(
            ids(
                api.get("/api/sessions?knowHow=" + knowHowId + "&near=45.83,1.26&radiusKm=100")
                    .json()))
        .containsExactly(session.getString("id"));
    assertThat(api.get("/api/sessions?near=45.83").status()).isEqualTo(400);

    // The know-how now has a training on Passeurs: it is no longer "not trained".
    JsonObject knowHow = api.get("/api/know-how/" + training.getString("knowHowId")).json();
    assertThat(knowHow.getJsonObject("rarity").getBoolean("trained")).isTrue();
  }

  @Test
  void badTrainingsAndSessionsAreRefusedWithTheirFields() {
    Workshop w = workshop();
    Api.Response training =
        api.as(w.artisan())
            .post(
                "/api/trainings",
                trainingBody(fixtures.knowHowOf(w.artisan()))
                    .add("minParticipants", 8)
                    .add("maxParticipants", 4)
                    .add("level", "GURU")
                    .build());
    assertThat(training.status()).as(training.toString()).isEqualTo(400);
    assertThat(fields(training)).contains("level");

    Person stranger = fixtures.artisan(fixtures.manufacture());
    Api.Response notHeld =
        api.as(stranger)
            .post("/api/trainings", trainingBody(fixtures.knowHowOf(w.artisan())).build());
    assertThat(notHeld.status()).as(notHeld.toString()).isEqualTo(403);

    Person apprentice = fixtures.apprentice();
    assertThat(
            api.as(apprentice)
                .post("/api/trainings", trainingBody(fixtures.knowHowOf(w.artisan())).build())
                .status())
        .isEqualTo(403);

    LocalDate day = monday(2);
    Api.Response offQuarter =
        fixtures.proposeSession(
            w.artisan(),
            w.training(),
            sessionBody(
                w.room(),
                5,
                paris(day.minusDays(3), "18:00"),
                paris(day, "09:10"),
                paris(day, "12:00")));
    assertThat(offQuarter.status()).as(offQuarter.toString()).isEqualTo(400);
    Api.Response lateDeadline =
        fixtures.proposeSession(
            w.artisan(),
            w.training(),
            sessionBody(
                w.room(), 5, paris(day, "10:00"), paris(day, "09:00"), paris(day, "12:00")));
    assertThat(lateDeadline.status()).as(lateDeadline.toString()).isEqualTo(400);
    assertThat(fields(lateDeadline)).contains("enrolmentDeadline");
    Api.Response overTraining =
        fixtures.proposeSession(
            w.artisan(),
            w.training(),
            sessionBody(
                w.room(),
                13,
                paris(day.minusDays(3), "18:00"),
                paris(day, "09:00"),
                paris(day, "12:00")));
    assertThat(overTraining.status()).isEqualTo(400);
    assertThat(fields(overTraining)).contains("seats");
    assertThat(api.get("/api/trainings/" + w.training() + "/sessions").jsonArray()).isEmpty();
  }

  @Test
  void seatsAreConfirmedThenTheWaitingListGrowsInOrder() {
    Workshop w = workshop();
    String session = session(w, 2, 3).getString("id");
    List<Person> apprentices = IntStream.range(0, 4).mapToObj(i -> fixtures.apprentice()).toList();
    List<JsonObject> answers = new ArrayList<>();
    for (Person apprentice : apprentices) {
      Api.Response answer = enrol(apprentice, session);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
      answers.add(answer.json());
    }
    assertThat(answers.get(0).getString("status")).isEqualTo("CONFIRMED");
    assertThat(answers.get(1).getString("status")).isEqualTo("CONFIRMED");
    assertThat(answers.get(2).getString("status")).isEqualTo("WAITLISTED");
    assertThat(answers.get(2).getInt("position")).isEqualTo(1);
    assertThat(answers.get(3).getInt("position")).isEqualTo(2);

    Api.Response again = enrol(apprentices.get(0), session);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).endsWith("already-enrolled");

    JsonObject view = api.as(apprentices.get(3)).get("/api/sessions/" + session).json();
    assertThat(view.getInt("seatsLeft")).isZero();
    assertThat(view.getJsonNumber("waitlisted").longValue()).isEqualTo(2);
    assertThat(view.getJsonObject("myEnrolment").getInt("position")).isEqualTo(2);

    List<JsonObject> participants =
        api.as(w.artisan()).get("/api/sessions/" + session + "/enrolments").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(participants).hasSize(4);
    assertThat(participants.get(0).getJsonObject("apprentice").getString("id"))
        .isEqualTo(apprentices.get(0).id());
    assertThat(api.as(apprentices.get(0)).get("/api/sessions/" + session + "/enrolments").status())
        .isEqualTo(403);
    Person otherArtisan = fixtures.artisan(fixtures.manufacture());
    assertThat(api.as(otherArtisan).get("/api/sessions/" + session + "/enrolments").status())
        .isEqualTo(403);

    JsonObject mine =
        api.as(apprentices.get(2)).get("/api/me/enrolments").jsonArray().getJsonObject(0);
    assertThat(mine.getString("sessionId")).isEqualTo(session);
    assertThat(mine.getString("status")).isEqualTo("WAITLISTED");
    assertThat(mine.getInt("position")).isEqualTo(1);
  }

  @Test
  void cancellingAConfirmedSeatPromotesTheFirstWaitingAndTellsThem() {
    Workshop w = workshop();
    String session = session(w, 1, 3).getString("id");
    Person first = fixtures.apprentice();
    Person second = fixtures.apprentice();
    Person third = fixtures.apprentice();
    String firstEnrolment = enrol(first, session).json().getString("id");
    enrol(second, session);
    enrol(third, session);

    Api.Response stranger = api.as(second).delete("/api/me/enrolments/" + firstEnrolment);
    assertThat(stranger.status()).isEqualTo(404);

    Api.Response cancelled = api.as(first).delete("/api/me/enrolments/" + firstEnrolment);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");

    JsonObject promoted = myOnlyEnrolment(second);
    assertThat(promoted.getString("status")).isEqualTo("CONFIRMED");
    assertThat(promoted.get("position")).isIn(null, JsonValue.NULL);
    JsonObject stillWaiting = myOnlyEnrolment(third);
    assertThat(stillWaiting.getString("status")).isEqualTo("WAITLISTED");
    assertThat(stillWaiting.getInt("position")).isEqualTo(1);

    List<String> kinds = notificationKinds(second);
    assertThat(kinds).contains("PROMOTED", "WAITLISTED");
    assertThat(api.as(first).delete("/api/me/enrolments/" + firstEnrolment).status())
        .isEqualTo(409);
  }

  @Test
  void enrolmentIsRefusedForTheYoungTheUnpreparedAndAfterTheDeadline() {
    Workshop prerequisite = workshop();
    JsonObject first = session(prerequisite, 5, 2);
    Workshop w =
        workshop(
            trainingBody(null)
                .add("minimumAge", 16)
                .add("prerequisiteIds", Json.createArrayBuilder().add(prerequisite.training())));
    String session = session(w, 5, 8).getString("id");
    LocalDate sessionDay = monday(8);

    Person child = fixtures.apprentice(sessionDay.minusYears(12));
    Api.Response young = enrol(child, session);
    assertThat(young.status()).as(young.toString()).isEqualTo(409);
    assertThat(young.json().getString("type")).endsWith("too-young");

    Person unknownAge = fixtures.apprentice();
    assertThat(enrol(unknownAge, session).json().getString("type")).endsWith("birth-date-needed");

    Person adult = fixtures.apprentice(sessionDay.minusYears(30));
    Api.Response unprepared = enrol(adult, session);
    assertThat(unprepared.status()).isEqualTo(409);
    assertThat(unprepared.json().getString("type")).endsWith("prerequisite-missing");
    assertThat(unprepared.json().getJsonArray("missing").getString(0))
        .isEqualTo(api.get("/api/trainings/" + prerequisite.training()).json().getString("title"));

    // The adult follows the first training, which then ends: now they are prepared.
    assertThat(enrol(adult, first.getString("id")).json().getString("status"))
        .isEqualTo("CONFIRMED");
    moveClock(Duration.ofDays(7 * 3));
    Api.Response prepared = enrol(adult, session);
    assertThat(prepared.status()).as(prepared.toString()).isEqualTo(201);

    // After the deadline, nobody enrols.
    moveClock(Duration.between(Instant.now(), paris(sessionDay.minusDays(2), "09:00")));
    Api.Response late = enrol(fixtures.apprentice(sessionDay.minusYears(20)), session);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().getString("type")).endsWith("enrolment-closed");
  }

  @Test
  void twoHundredApprenticesClickingAtOnceFillTwelveSeatsAndAnOrderedWaitingList()
      throws Exception {
    Workshop w = workshop();
    String session = session(w, 12, 4).getString("id");
    List<Person> apprentices = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      apprentices.add(fixtures.apprentice());
    }
    List<Api.Response> answers = AllAtOnce.each(apprentices, a -> enrol(a, session));
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
    Map<String, Long> byStatus =
        answers.stream()
            .collect(
                Collectors.groupingBy(a -> a.json().getString("status"), Collectors.counting()));
    assertThat(byStatus).containsEntry("CONFIRMED", 12L).containsEntry("WAITLISTED", 188L);

    List<JsonObject> participants = participants(w, session);
    assertThat(participants).hasSize(200);
    assertThat(participants.stream().map(p -> p.getJsonObject("apprentice").getString("id")))
        .doesNotHaveDuplicates();
    assertThat(participants.stream().filter(p -> p.getString("status").equals("CONFIRMED")))
        .hasSize(12);
    assertThat(waitingPositions(participants))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 188).boxed().toList());

    // Six confirmed apprentices cancel at once: exactly the six first waiting are promoted.
    List<Person> confirmed =
        participants.stream()
            .filter(p -> p.getString("status").equals("CONFIRMED"))
            .limit(6)
            .map(p -> person(apprentices, p.getJsonObject("apprentice").getString("id")))
            .toList();
    List<String> nextSix =
        participants.stream()
            .filter(p -> p.getString("status").equals("WAITLISTED"))
            .sorted((a, b) -> Integer.compare(a.getInt("position"), b.getInt("position")))
            .limit(6)
            .map(p -> p.getJsonObject("apprentice").getString("id"))
            .toList();
    List<Api.Response> cancellations =
        AllAtOnce.each(
            confirmed,
            a -> api.as(a).delete("/api/me/enrolments/" + myOnlyEnrolment(a).getString("id")));
    assertThat(cancellations).allSatisfy(c -> assertThat(c.status()).isEqualTo(200));

    List<JsonObject> after = participants(w, session);
    List<String> nowConfirmed =
        after.stream()
            .filter(p -> p.getString("status").equals("CONFIRMED"))
            .map(p -> p.getJsonObject("apprentice").getString("id"))
            .toList();
    assertThat(nowConfirmed).hasSize(12).containsAll(nextSix);
    assertThat(waitingPositions(after))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 182).boxed().toList());
    JsonObject view = api.get("/api/sessions/" + session).json();
    assertThat(view.getInt("confirmed")).isEqualTo(12);
    assertThat(view.getInt("seatsLeft")).isZero();
  }

  @Test
  void anApprenticeClickingManyTimesAtOnceIsEnrolledOnce() throws Exception {
    Workshop w = workshop();
    String session = session(w, 5, 4).getString("id");
    Person apprentice = fixtures.apprentice();
    List<Api.Response> answers =
        AllAtOnce.each(java.util.Collections.nCopies(6, apprentice), a -> enrol(a, session));
    assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
    assertThat(answers.stream().filter(a -> a.status() != 201))
        .allSatisfy(
            a -> {
              assertThat(a.status()).isEqualTo(409);
              assertThat(a.json().getString("type")).endsWith("already-enrolled");
            });
    assertThat(participants(w, session)).hasSize(1);
    assertThat(api.get("/api/sessions/" + session).json().getInt("confirmed")).isEqualTo(1);
  }

  @Test
  void anArtisanCancelsASessionAndEveryoneIsTold() {
    Workshop w = workshop();
    JsonObject planned = session(w, 1, 5);
    String session = planned.getString("id");
    Person seated = fixtures.apprentice();
    Person waiting = fixtures.apprentice();
    enrol(seated, session);
    enrol(waiting, session);

    Api.Response byApprentice =
        api.as(seated)
            .post(
                "/api/sessions/" + session + "/cancel",
                Json.createObjectBuilder().add("reason", "no").build());
    assertThat(byApprentice.status()).isEqualTo(403);

    Api.Response cancelled =
        api.as(w.artisan())
            .post(
                "/api/sessions/" + session + "/cancel",
                Json.createObjectBuilder().add("reason", "Forge en panne").build());
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(notificationKinds(seated)).contains("SESSION_CANCELLED");
    assertThat(notificationKinds(waiting)).contains("SESSION_CANCELLED");
    assertThat(myOnlyEnrolment(seated).getString("sessionStatus")).isEqualTo("CANCELLED");
    Api.Response late = enrol(fixtures.apprentice(), session);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().getString("type")).endsWith("session-cancelled");

    // The room is free again at that time.
    LocalDate day = monday(5);
    fixtures.session(
        w.artisan(),
        w.training(),
        sessionBody(
            w.room(),
            4,
            paris(day.minusDays(3), "18:00"),
            paris(day, "09:00"),
            paris(day, "12:30")));
  }

  @Test
  void atTheDeadlineASessionUnderItsMinimumIsCancelledAndTheOthersClose() {
    Workshop small = workshop(trainingBody(null).add("minParticipants", 3));
    String underMinimum = session(small, 10, 2).getString("id");
    Person lonely = fixtures.apprentice();
    enrol(lonely, underMinimum);

    Workshop full = workshop(trainingBody(null).add("minParticipants", 1));
    String enough = session(full, 10, 2).getString("id");
    enrol(fixtures.apprentice(), enough);

    moveClock(Duration.between(Instant.now(), paris(monday(2).minusDays(3), "18:05")));
    Api.Response run = api.post("/api/test/jobs/deadlines", null);
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(run.json().getInt("cancelled")).isGreaterThanOrEqualTo(1);

    JsonObject cancelled = api.get("/api/sessions/" + underMinimum).json();
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.getString("cancelReason")).contains("fewer than 3");
    assertThat(notificationKinds(lonely)).contains("SESSION_CANCELLED");
    assertThat(notificationKinds(small.artisan())).contains("SESSION_CANCELLED");
    assertThat(api.get("/api/sessions/" + enough).json().getString("status"))
        .isEqualTo("SCHEDULED");
  }

  @Test
  void aConfirmedSeatIsMailedWithItsCalendarEventEvenAfterTheMailServerFailed() throws Exception {
    FakeSmtpServer smtp = TestRuntime.smtp();
    Workshop w = workshop();
    String session = session(w, 3, 3).getString("id");
    Person apprentice = fixtures.apprentice();
    int refusedBefore = smtp.refusedSoFar();
    smtp.refuseNext(2);
    assertThat(enrol(apprentice, session).status()).isEqualTo(201);

    FakeSmtpServer.Received mail = smtp.awaitOne(apprentice.email(), Duration.ofSeconds(60));
    assertThat(smtp.refusedSoFar()).isGreaterThanOrEqualTo(refusedBefore + 2);
    assertThat(mail.data()).contains("Subject: =?UTF-8?Q?Place_confirm");
    // its Message-ID is the outbox mail's, the same however many times it is sent
    assertThat(mail.data()).containsPattern("(?m)^Message-ID: <[0-9a-f-]{36}@[A-Za-z0-9.-]+>");
    assertThat(mail.data()).contains("text/calendar");
    String ics = mail.part("text/calendar");
    assertThat(ics).as(mail.data()).isNotNull();
    Calendar calendar = parse(ics);
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("Europe/Paris");
    // The notification is kept whatever happened to the mail.
    assertThat(notificationKinds(apprentice)).containsExactly("SEAT_CONFIRMED");
  }

  @Test
  void calendarFeedsArePrivateValidAndRevocable() throws Exception {
    Workshop w = workshop();
    JsonObject planned = session(w, 3, 3);
    String title = planned.getString("title");
    Person apprentice = fixtures.apprentice();
    enrol(apprentice, planned.getString("id"));

    Api.Response issued = api.as(apprentice).post("/api/me/calendar", null);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    String feed = URI.create(issued.json().getString("url")).getPath();
    Api.Response read = api.fetch(feed, CALENDAR);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.contentType()).startsWith("text/calendar");
    Calendar calendar = parse(read.body());
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(event.getSummary().getValue()).isEqualTo(title);
    assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("Europe/Paris");
    assertThat(read.body())
        .contains("DTSTART;TZID=Europe/Paris:" + monday(3).toString().replace("-", "") + "T090000");
    assertThat(read.body()).contains("BEGIN:VTIMEZONE");

    Api.Response artisanFeed = api.as(w.artisan()).post("/api/me/calendar", null);
    assertThat(
            parse(
                    api.fetch(URI.create(artisanFeed.json().getString("url")).getPath(), CALENDAR)
                        .body())
                .getComponents(VEvent.VEVENT))
        .hasSize(1);

    Api.Response roomFeed =
        api.as(w.manager())
            .post(
                "/api/manufactures/" + w.manufacture() + "/rooms/" + w.room() + "/calendar", null);
    assertThat(roomFeed.status()).as(roomFeed.toString()).isEqualTo(200);
    assertThat(
            parse(
                    api.fetch(URI.create(roomFeed.json().getString("url")).getPath(), CALENDAR)
                        .body())
                .getComponents(VEvent.VEVENT))
        .hasSize(1);
    assertThat(
            api.as(w.artisan())
                .post(
                    "/api/manufactures/" + w.manufacture() + "/rooms/" + w.room() + "/calendar",
                    null)
                .status())
        .isEqualTo(403);

    // A new address replaces the old one; revoking ends it.
    String renewed =
        URI.create(api.as(apprentice).post("/api/me/calendar", null).json().getString("url"))
            .getPath();
    assertThat(api.fetch(feed, CALENDAR).status()).isEqualTo(404);
    assertThat(api.fetch(renewed, CALENDAR).status()).isEqualTo(200);
    assertThat(api.as(apprentice).delete("/api/me/calendar").status()).isEqualTo(204);
    assertThat(api.fetch(renewed, CALENDAR).status()).isEqualTo(404);
    assertThat(api.fetch("/api/calendars/not-a-token.ics", CALENDAR).status()).isEqualTo(404);

    // The room's address too, by its managers only.
    String room = "/api/manufactures/" + w.manufacture() + "/rooms/" + w.room() + "/calendar";
    String roomPath = URI.create(roomFeed.json().getString("url")).getPath();
    assertThat(api.as(w.artisan()).delete(room).status()).isEqualTo(403);
    assertThat(api.fetch(roomPath, CALENDAR).status()).isEqualTo(200);
    assertThat(api.as(w.manager()).delete(room).status()).isEqualTo(204);
    assertThat(api.fetch(roomPath, CALENDAR).status()).isEqualTo(404);
  }

  @Test
  void notificationsAreReadOneByOneOrAllAtOnce() {
    Workshop w = workshop();
    String session = session(w, 1, 6).getString("id");
    Person apprentice = fixtures.apprentice();
    enrol(apprentice, session);
    JsonObject page = api.as(apprentice).get("/api/me/notifications?unread=true").json();
    assertThat(page.getInt("total")).isEqualTo(1);
    JsonObject notification = page.getJsonArray("items").getJsonObject(0);
    String id = notification.getString("id");
    // Its link opens the session's page.
    assertThat(notification.getString("link")).isEqualTo("/training/session.xhtml?id=" + session);
    Api.Response opened = api.fetch(notification.getString("link"), "text/html");
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body())
        .contains(api.get("/api/sessions/" + session).json().getString("title"));
    assertThat(
            api.as(apprentice)
                .post("/api/me/notifications/" + id + "/read", null)
                .json()
                .getBoolean("read"))
        .isTrue();
    assertThat(api.as(apprentice).get("/api/me/notifications?unread=true").json().getInt("total"))
        .isZero();
    assertThat(
            api.as(fixtures.apprentice())
                .post("/api/me/notifications/" + id + "/read", null)
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/me/notifications").status()).isEqualTo(401);

    // All at once: two more, both marked read by one request that says how many it marked.
    enrol(apprentice, session(w, 1, 7).getString("id"));
    enrol(apprentice, session(w, 1, 8).getString("id"));
    assertThat(api.as(apprentice).get("/api/me/notifications?unread=true").json().getInt("total"))
        .isEqualTo(2);
    Api.Response all = api.as(apprentice).post("/api/me/notifications/read", null);
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    assertThat(all.json().getInt("marked")).isEqualTo(2);
    assertThat(api.as(apprentice).get("/api/me/notifications?unread=true").json().getInt("total"))
        .isZero();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void moveClock(Duration offset) {
    Api.Response moved = api.post("/api/test/clock/" + offset.toSeconds(), null);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
  }

  private JsonObject myOnlyEnrolment(Person apprentice) {
    return api.as(apprentice).get("/api/me/enrolments").jsonArray().getJsonObject(0);
  }

  private List<String> notificationKinds(Person person) {
    return api.as(person).get("/api/me/notifications").json().getJsonArray("items").stream()
        .map(n -> n.asJsonObject().getString("kind"))
        .toList();
  }

  private List<JsonObject> participants(Workshop w, String session) {
    Api.Response answer = api.as(w.artisan()).get("/api/sessions/" + session + "/enrolments");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.jsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<Integer> waitingPositions(List<JsonObject> participants) {
    return participants.stream()
        .filter(p -> p.getString("status").equals("WAITLISTED"))
        .map(p -> p.getInt("position"))
        .sorted()
        .toList();
  }

  private static Person person(List<Person> people, String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
  }

  private static List<String> fields(Api.Response problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }
}
