package fr.passeurs.people;

import static fr.passeurs.testing.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
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
 * One's own data: everything held on one, as JSON; and deleting one's account, after which the
 * certificates stay verifiable by their code (and the copy one kept, by its digest) and one's name
 * is nowhere; refused while one holds know-how, runs a manufacture or is the admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyDataIT {

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
  void realTime() {
    fixtures.moveClockTo(null);
  }

  @Test
  void aDeletedApprenticeLeavesVerifiableCertificatesAndTheirNameNowhere() throws Exception {
    // a day of training, its register closed, a certificate issued to Léa
    TrainingDay t = fixtures.trainingDay(7, 1);
    Person lea = t.participants().get(0);
    String name = "Léa Vasseur-" + Fixtures.uniqueWord();
    assertThat(
            api.as(lea)
                .put(
                    "/api/me/profile",
                    Json.createObjectBuilder()
                        .add("displayName", name)
                        .add("birthDate", "2000-01-01")
                        .build())
                .status())
        .isEqualTo(200);
    // and a seat in a session further ahead, which she will give up by leaving
    LocalDate later = Fixtures.monday(9);
    String ahead =
        fixtures
            .session(
                t.artisan(),
                t.training().getString("id"),
                Fixtures.sessionBody(
                    t.room(),
                    1,
                    paris(later.minusDays(3), "18:00"),
                    paris(later, "09:00"),
                    paris(later, "12:00")))
            .getString("id");
    assertThat(api.as(lea).post("/api/sessions/" + ahead + "/enrolments", null).status())
        .isEqualTo(201);
    String register = "/api/sessions/" + t.session() + "/register";
    String code = fixtures.hold(t);
    String jwt = api.as(lea).fetch("/api/certificates/" + code + "/credential", "*/*").body();
    assertThat(jwt).isNotBlank();

    // everything held on her
    Api.Response data = api.as(lea).get("/api/me/data");
    assertThat(data.status()).as(data.toString()).isEqualTo(200);
    JsonObject all = data.json();
    assertThat(all.getJsonObject("account").getString("displayName")).isEqualTo(name);
    assertThat(all.getJsonObject("account").getString("birthDate")).isEqualTo("2000-01-01");
    assertThat(all.getJsonObject("trainings").getJsonArray("enrolments")).hasSize(2);
    assertThat(all.getJsonArray("certificates").getJsonObject(0).getString("code")).isEqualTo(code);
    assertThat(all.getJsonObject("attendance").getJsonArray("entries")).hasSize(2);
    assertThat(all.containsKey("notifications")).isTrue();
    assertThat(all.containsKey("classVisits")).isTrue();
    assertThat(all.containsKey("apprenticeship")).isTrue();
    assertThat(api.get("/api/me/data").status()).isEqualTo(401);

    // she deletes her account
    Api.Response deleted = api.as(lea).delete("/api/me");
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(api.as(lea).get("/api/me").status()).isEqualTo(401);

    // her certificate stays verifiable by its code, without her name
    Api.Response byCode = api.get("/api/certificates/" + code);
    assertThat(byCode.status()).isEqualTo(200);
    assertThat(byCode.json().getString("outcome")).isEqualTo("VALID");
    assertThat(byCode.body()).doesNotContain(name).doesNotContain(lea.email());
    // the copy she kept is still recognised
    JsonObject kept =
        api.post(
                "/api/certificates/verify",
                Json.createObjectBuilder().add("credential", jwt).build())
            .json();
    assertThat(kept.getString("outcome")).isEqualTo("VALID");
    // the documents that carry her name are no longer served
    assertThat(api.as(t.manager()).download("/api/certificates/" + code + "/pdf").statusCode())
        .isEqualTo(404);

    // her name is nowhere the others look
    for (String path :
        new String[] {
          register, register + "/history", "/api/sessions/" + t.session() + "/enrolments"
        }) {
      Api.Response seen = api.as(t.artisan()).get(path);
      assertThat(seen.status()).as(path).isEqualTo(200);
      assertThat(seen.body()).as(path).doesNotContain(name).doesNotContain(lea.email());
    }
    assertThat(api.as(t.artisan()).fetch(register + "/export.csv", "text/csv").body())
        .doesNotContain(name);
    assertThat(api.as(t.artisan()).get("/api/me/notifications?size=100").body())
        .doesNotContain(name);
    assertThat(fixtures.asAdmin().get("/api/accounts/" + lea.id()).json().getString("status"))
        .isEqualTo("ERASED");
    assertThat(fixtures.asAdmin().get("/api/accounts/" + lea.id()).body())
        .doesNotContain(name)
        .doesNotContain(lea.email());

    // her seat ahead went back to the session
    assertThat(api.get("/api/sessions/" + ahead).json().getInt("seatsLeft")).isEqualTo(1);
    // and her address may register again
    Api.Response again =
        api.post(
            "/api/accounts",
            Json.createObjectBuilder()
                .add("email", lea.email())
                .add("password", "un nouveau départ")
                .add("displayName", "Léa")
                .add("role", "APPRENTICE")
                .build());
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
  }

  @Test
  void whoHoldsKnowHowRunsAManufactureOrIsTheAdminIsToldWhatToHandOverFirst() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisan = fixtures.artisan(manufacture);
    String knowHow = fixtures.knowHowOf(artisan);
    String title = api.get("/api/know-how/" + knowHow).json().getString("title");

    Api.Response held = api.header("Accept-Language", "fr").as(artisan).delete("/api/me");
    assertThat(held.status()).as(held.toString()).isEqualTo(409);
    assertThat(held.json().getString("type")).endsWith("hand-over-first");
    assertThat(held.json().getString("detail"))
        .startsWith("Avant de supprimer votre compte : transmettez les savoir-faire")
        .contains(title);
    assertThat(api.as(artisan).get("/api/me").status()).isEqualTo(200);

    Api.Response runs = api.header("Accept-Language", "en").as(manager).delete("/api/me");
    assertThat(runs.status()).isEqualTo(409);
    assertThat(runs.json().getString("detail")).contains("ask the admin to remove you");

    Api.Response admin = fixtures.asAdmin().delete("/api/me");
    assertThat(admin.status()).isEqualTo(409);
    assertThat(fixtures.asAdmin().get("/api/me").status()).isEqualTo(200);
  }
}
