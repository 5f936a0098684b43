package fr.passeurs.platform;

import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.FakeSmtpServer;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import fr.passeurs.testing.TestRuntime;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
 * The API speaks the client's language, French or English, for every kind of refusal (type and
 * fields stay the same in both), and a POST sent again with the same {@code Idempotency-Key} does
 * its work once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesIT {

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

  static Api in(Api api, String language) {
    return api.header("Accept-Language", language);
  }

  @Test
  void aRefusedFieldReadsInEitherLanguageAndKeepsItsTypeAndField() {
    TrainingDay t = fixtures.trainingDay(2, 0);
    JsonObject body =
        sessionBody(
                t.room(),
                13,
                paris(t.day().minusDays(3), "18:00"),
                paris(t.day().plusDays(1), "09:00"),
                paris(t.day().plusDays(1), "12:00"))
            .build();
    String path = "/api/trainings/" + t.training().getString("id") + "/sessions";
    JsonObject fr = in(api, "fr").as(t.artisan()).post(path, body).json();
    JsonObject en = in(api, "en").as(t.artisan()).post(path, body).json();
    assertThat(fr.getString("type")).isEqualTo(en.getString("type")).endsWith("/validation");
    assertThat(fr.getString("title")).isEqualTo("Demande invalide");
    assertThat(en.getString("title")).isEqualTo("Invalid request");
    JsonObject frSeats = fr.getJsonArray("errors").getJsonObject(0);
    JsonObject enSeats = en.getJsonArray("errors").getJsonObject(0);
    assertThat(frSeats.getString("field")).isEqualTo(enSeats.getString("field")).isEqualTo("seats");
    assertThat(frSeats.getString("message")).contains("12").doesNotContainPattern("[Mm]ust");
    assertThat(enSeats.getString("message")).contains("12");
    assertThat(frSeats.getString("message")).isNotEqualTo(enSeats.getString("message"));
  }

  @Test
  void aConflictNamesTheDayAndTimeInWordsInTheClientsLanguage() {
    TrainingDay t = fixtures.trainingDay(2, 0);
    String path = "/api/trainings/" + t.training().getString("id") + "/sessions";
    JsonObject clash =
        sessionBody(
                t.room(),
                5,
                paris(t.day().minusDays(3), "18:00"),
                paris(t.day(), "10:00"),
                paris(t.day(), "12:00"))
            .build();
    Api.Response fr = in(api, "fr-FR,fr;q=0.9").as(t.artisan()).post(path, clash);
    Api.Response en = in(api, "en-GB").as(t.artisan()).post(path, clash);
    assertThat(fr.status()).as(fr.toString()).isEqualTo(409);
    assertThat(fr.json().getString("type")).isEqualTo(en.json().getString("type"));
    String day = Messages.day(t.day(), Locale.FRENCH);
    assertThat(fr.json().getString("detail")).contains(day).contains("09:00").doesNotContain("T0");
    assertThat(en.json().getString("detail"))
        .contains(Messages.day(t.day(), Locale.ENGLISH))
        .contains("09:00");
  }

  @Test
  void notFoundAndForbiddenReadInEitherLanguage() {
    Api.Response frMissing =
        in(api, "fr").get("/api/know-how/00000000-0000-0000-0000-000000000000");
    Api.Response enMissing =
        in(api, "en").get("/api/know-how/00000000-0000-0000-0000-000000000000");
    assertThat(frMissing.status()).isEqualTo(404);
    assertThat(frMissing.json().getString("title")).isEqualTo("Introuvable");
    assertThat(frMissing.json().getString("detail")).startsWith("Savoir-faire introuvable");
    assertThat(enMissing.json().getString("detail")).startsWith("No know-how with id");

    Person apprentice = fixtures.apprentice();
    Api.Response frForbidden = in(api, "fr").as(apprentice).get("/api/accounts");
    Api.Response enForbidden = in(api, "en").as(apprentice).get("/api/accounts");
    assertThat(frForbidden.status()).isEqualTo(403);
    assertThat(frForbidden.json().getString("title")).isEqualTo("Interdit");
    assertThat(frForbidden.json().getString("detail")).contains("gérant·e");
    assertThat(enForbidden.json().getString("detail")).contains("manager");
  }

  @Test
  void aRequestSentAgainWithTheSameIdempotencyKeyCreatesNothingMore() throws Exception {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    String knowHow = fixtures.knowHowOf(artisan);
    String key = Fixtures.unique("key");
    JsonObject body = trainingBody(knowHow).build();
    Api client = api.as(artisan).header("Idempotency-Key", key);

    Api.Response first = client.post("/api/trainings", body);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    Api.Response again = client.post("/api/trainings", body);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
    assertThat(trainingsOf(artisan)).isEqualTo(1);

    Api.Response other = client.post("/api/trainings", trainingBody(knowHow).build());
    assertThat(other.status()).as(other.toString()).isEqualTo(422);
    assertThat(other.json().getString("type")).endsWith("/idempotency-key-reused");

    // the same key from someone else is another key
    Person colleague = fixtures.artisan(manufacture);
    String theirs = fixtures.knowHowOf(colleague);
    assertThat(
            api.as(colleague)
                .header("Idempotency-Key", key)
                .post("/api/trainings", trainingBody(theirs).build())
                .status())
        .isEqualTo(201);

    // many at once: one training, every answer the first one's or "still running"
    String burst = Fixtures.unique("burst");
    JsonObject once = trainingBody(knowHow).build();
    List<Callable<Api.Response>> sends = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      sends.add(
          () -> api.as(artisan).header("Idempotency-Key", burst).post("/api/trainings", once));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> created = new ArrayList<>();
    try {
      for (Future<Api.Response> answer : pool.invokeAll(sends)) {
        Api.Response r = answer.get();
        assertThat(r.status()).as(r.toString()).isIn(201, 409);
        if (r.status() == 201) {
          created.add(r.json().getString("id"));
        }
      }
    } finally {
      pool.shutdown();
    }
    assertThat(created).isNotEmpty().allMatch(id -> id.equals(created.get(0)));
    assertThat(trainingsOf(artisan)).isEqualTo(2);
  }

  @Test
  void aKeyStandsForOneRequestEvenARefusedOne() {
    TrainingDay t = fixtures.trainingDay(2, 0);
    Api client = api.as(t.artisan()).header("Idempotency-Key", Fixtures.unique("key"));
    String path = "/api/trainings/" + t.training().getString("id") + "/sessions";
    LocalDate day = monday(3);
    JsonObject tooMany =
        sessionBody(
                t.room(),
                500,
                paris(day.minusDays(3), "18:00"),
                paris(day, "09:00"),
                paris(day, "12:00"))
            .build();
    JsonObject right =
        sessionBody(
                t.room(),
                5,
                paris(day.minusDays(3), "18:00"),
                paris(day, "09:00"),
                paris(day, "12:00"))
            .build();
    assertThat(client.post(path, tooMany).status()).isEqualTo(400);
    Api.Response again = client.post(path, tooMany);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(client.post(path, right).status()).isEqualTo(422);
    Api.Response corrected =
        api.as(t.artisan()).header("Idempotency-Key", Fixtures.unique("key")).post(path, right);
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
  }

  @Test
  void noticesAndMailsAreWrittenInTheLanguageOfWhoReceivesThem() throws Exception {
    TrainingDay t = fixtures.trainingDay(2, 0);
    String session = t.session();
    Person french = fixtures.apprentice();
    Person english = fixtures.apprentice();
    Api.Response chosen =
        api.as(english)
            .put(
                "/api/me/profile",
                jakarta.json.Json.createObjectBuilder()
                    .add("displayName", "Person " + english.email())
                    .add("language", "en")
                    .build());
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    assertThat(chosen.json().getString("language")).isEqualTo("en");
    Api.Response wrong =
        api.as(french)
            .put(
                "/api/me/profile",
                jakarta.json.Json.createObjectBuilder()
                    .add("displayName", "Renamed")
                    .add("language", "de")
                    .build());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(api.as(french).get("/api/me").json().getString("displayName"))
        .as("a refused profile changes nothing")
        .isNotEqualTo("Renamed");

    for (Person apprentice : List.of(french, english)) {
      // asked in the other language: what they are told does not follow the request's language
      Api.Response enrolled =
          in(api, apprentice == french ? "en" : "fr")
              .as(apprentice)
              .post("/api/sessions/" + session + "/enrolments", null);
      assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }
    assertThat(firstNotice(french)).startsWith("Place confirmée : ");
    assertThat(firstNotice(english)).startsWith("Seat confirmed: ");
    FakeSmtpServer smtp = TestRuntime.smtp();
    FakeSmtpServer.Received toFrench = smtp.awaitOne(french.email(), Duration.ofSeconds(60));
    FakeSmtpServer.Received toEnglish = smtp.awaitOne(english.email(), Duration.ofSeconds(60));
    assertThat(toFrench.data()).contains("Subject: =?UTF-8?Q?Place_confirm");
    assertThat(toEnglish.data()).contains("Subject: Seat confirmed: ");
    // the calendar event attached speaks the same language
    assertThat(toFrench.part("text/calendar")).contains("DESCRIPTION:Session de formation");
    assertThat(toEnglish.part("text/calendar")).contains("DESCRIPTION:Passeurs training session");
  }

  private String firstNotice(Person who) {
    return api.as(who)
        .get("/api/me/notifications")
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("title");
  }

  private int trainingsOf(Person artisan) {
    return api.get("/api/trainings?artisan=" + artisan.id()).json().getInt("total");
  }
}
