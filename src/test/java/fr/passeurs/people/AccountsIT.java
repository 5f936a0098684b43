package fr.passeurs.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
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

/** Accounts and roles through the REST API, on a real Payara Micro and database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

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

  static JsonObject registration(String email, String password, String role) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .add("displayName", "Someone")
        .add("role", role)
        .build();
  }

  @Test
  void apprenticeRegistersAndIsActiveAtOnce() {
    String email = Fixtures.unique("lea") + "@example.org";
    Api.Response created =
        api.post("/api/accounts", registration(email, "a good password", "APPRENTICE"));

    assertThat(created.status()).isEqualTo(201);
    JsonObject account = created.json();
    assertThat(created.header("Location")).endsWith("/api/accounts/" + account.getString("id"));
    assertThat(account.getString("status")).isEqualTo("ACTIVE");
    assertThat(account.getJsonArray("roles")).containsExactly(Json.createValue("APPRENTICE"));
    assertThat(account.containsKey("password")).isFalse();

    Api.Response me = api.as(email, "a good password").get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("id")).isEqualTo(account.getString("id"));
  }

  @Test
  void teacherRegistersAndIsActiveAtOnce() {
    Person teacher = fixtures.teacher();
    JsonObject me = api.as(teacher).get("/api/me").json();
    assertThat(me.getJsonArray("roles")).containsExactly(Json.createValue("TEACHER"));
    assertThat(me.getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  void artisanIsPendingAndCannotLogInUntilAManagerOfTheirManufactureActivatesThem() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisan = fixtures.pendingArtisan(manufacture);

    Api.Response waiting = api.as(artisan).get("/api/me");
    assertThat(waiting.status()).as(waiting.toString()).isEqualTo(403);
    assertThat(waiting.json().getString("type")).endsWith("account-inactive");
    assertThat(waiting.json().getString("detail")).contains("awaits activation");

    Api.Response activated =
        api.as(manager).post("/api/accounts/" + artisan.id() + "/activate", null);
    assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
    assertThat(activated.json().getString("status")).isEqualTo("ACTIVE");

    JsonObject me = api.as(artisan).get("/api/me").json();
    assertThat(me.getString("manufactureId")).isEqualTo(manufacture);
    assertThat(me.getJsonArray("roles")).containsExactly(Json.createValue("ARTISAN"));
  }

  @Test
  void activatingTwiceIsAConflict() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    Api.Response again =
        fixtures.asAdmin().post("/api/accounts/" + artisan.id() + "/activate", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).endsWith("already-active");
  }

  @Test
  void onlyAManagerOfTheArtisansManufactureMayActivateThem() {
    String manufacture = fixtures.manufacture();
    String other = fixtures.manufacture();
    Person otherManager = fixtures.manager(other);
    Person artisan = fixtures.pendingArtisan(manufacture);
    Person apprentice = fixtures.apprentice();
    String path = "/api/accounts/" + artisan.id() + "/activate";

    assertThat(api.post(path, null).status()).isEqualTo(401);
    assertThat(api.as(apprentice).post(path, null).status()).isEqualTo(403);
    assertThat(api.as(otherManager).post(path, null).status()).isEqualTo(403);
    assertThat(api.as(artisan).get("/api/me").status()).isEqualTo(403);
  }

  @Test
  void activatingAnUnknownAccountIsNotFound() {
    Api.Response answer =
        fixtures
            .asAdmin()
            .post("/api/accounts/00000000-0000-0000-0000-000000000000/activate", null);
    assertThat(answer.status()).isEqualTo(404);
    assertThat(fixtures.asAdmin().post("/api/accounts/not-an-id/activate", null).status())
        .isEqualTo(404);
  }

  @Test
  void artisanMustNameAnExistingManufacture() {
    String email = Fixtures.unique("artisan") + "@example.org";
    Api.Response none =
        api.post("/api/accounts", registration(email, "a good password", "ARTISAN"));
    assertThat(none.status()).isEqualTo(400);
    assertThat(fieldsOf(none)).containsExactly("manufactureId");

    JsonObject unknown =
        Json.createObjectBuilder(registration(email, "a good password", "ARTISAN"))
            .add("manufactureId", "00000000-0000-0000-0000-000000000000")
            .build();
    Api.Response wrong = api.post("/api/accounts", unknown);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(fieldsOf(wrong)).containsExactly("manufactureId");
  }

  @Test
  void nobodyRegistersAsAdminOrManager() {
    for (String role : List.of("ADMIN", "MANAGER", "PIRATE")) {
      Api.Response answer =
          api.post(
              "/api/accounts",
              registration(Fixtures.unique("x") + "@example.org", "a good password", role));
      assertThat(answer.status()).as(role).isEqualTo(400);
      assertThat(fieldsOf(answer)).containsExactly("role");
    }
  }

  @Test
  void invalidRegistrationListsEveryBadField() {
    Api.Response answer =
        api.post(
            "/api/accounts",
            Json.createObjectBuilder()
                .add("email", "not-an-email")
                .add("password", "short")
                .build());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(fieldsOf(answer)).contains("email", "password", "displayName", "role");
  }

  @Test
  void passwordsHaveAtLeastTenCharacters() {
    String email = Fixtures.unique("short") + "@example.org";
    Api.Response nine = api.post("/api/accounts", registration(email, "123456789", "APPRENTICE"));
    assertThat(nine.status()).isEqualTo(400);
    assertThat(fieldsOf(nine)).containsExactly("password");
    Api.Response ten = api.post("/api/accounts", registration(email, "1234567890", "APPRENTICE"));
    assertThat(ten.status()).isEqualTo(201);
  }

  @Test
  void emailIsUniqueWhateverItsCase() {
    String local = Fixtures.unique("Case");
    assertThat(
            api.post(
                    "/api/accounts",
                    registration(local + "@Example.org", "a good password", "APPRENTICE"))
                .status())
        .isEqualTo(201);
    Api.Response again =
        api.post(
            "/api/accounts",
            registration(local.toUpperCase() + "@EXAMPLE.ORG", "another password", "TEACHER"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).endsWith("email-taken");

    Api.Response login =
        api.as(local.toLowerCase() + "@example.org", "a good password").get("/api/me");
    assertThat(login.status()).isEqualTo(200);
  }

  @Test
  void sameEmailRegisteredManyTimesAtOnceGivesExactlyOneAccount() throws Exception {
    String email = Fixtures.unique("race") + "@example.org";
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Callable<Integer>> attempts = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        attempts.add(
            () ->
                api.post("/api/accounts", registration(email, "a good password", "APPRENTICE"))
                    .status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : pool.invokeAll(attempts)) {
        statuses.add(status.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s != 201).containsOnly(409);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void wrongPasswordIsRefused() {
    Person apprentice = fixtures.apprentice();
    Api.Response answer = api.as(apprentice.email(), apprentice.password() + "x").get("/api/me");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void firstAdminComesFromConfiguration() {
    JsonObject me = fixtures.asAdmin().get("/api/me").json();
    assertThat(me.getJsonArray("roles")).contains(Json.createValue("ADMIN"));
  }

  @Test
  void adminAppointsANewManagerWhoRunsOnlyTheirManufacture() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    JsonObject me = api.as(manager).get("/api/me").json();
    assertThat(me.getJsonArray("roles")).containsExactly(Json.createValue("MANAGER"));
    assertThat(me.getString("manufactureId")).isEqualTo(manufacture);
  }

  @Test
  void adminPromotesAnExistingArtisanOfTheManufactureToManager() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    Api.Response promoted =
        fixtures
            .asAdmin()
            .post(
                "/api/manufactures/" + manufacture + "/managers",
                Json.createObjectBuilder().add("email", artisan.email().toUpperCase()).build());
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(promoted.json().getJsonArray("roles"))
        .containsExactlyInAnyOrder(Json.createValue("ARTISAN"), Json.createValue("MANAGER"));
    assertThat(api.as(artisan).get("/api/accounts?status=PENDING").status()).isEqualTo(200);
  }

  @Test
  void appointmentRules() {
    String manufacture = fixtures.manufacture();
    String other = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisanElsewhere = fixtures.artisan(other);
    String path = "/api/manufactures/" + manufacture + "/managers";
    JsonObject newcomer =
        Json.createObjectBuilder().add("email", Fixtures.unique("m") + "@example.org").build();

    assertThat(api.post(path, newcomer).status()).isEqualTo(401);
    assertThat(api.as(manager).post(path, newcomer).status()).isEqualTo(403);
    Api.Response incomplete = fixtures.asAdmin().post(path, newcomer);
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(fieldsOf(incomplete)).containsExactlyInAnyOrder("displayName", "password");
    Api.Response elsewhere =
        fixtures
            .asAdmin()
            .post(path, Json.createObjectBuilder().add("email", artisanElsewhere.email()).build());
    assertThat(elsewhere.status()).isEqualTo(409);
    Api.Response twice =
        fixtures
            .asAdmin()
            .post(path, Json.createObjectBuilder().add("email", manager.email()).build());
    assertThat(twice.status()).isEqualTo(409);
    Api.Response unknown =
        fixtures
            .asAdmin()
            .post("/api/manufactures/00000000-0000-0000-0000-000000000000/managers", newcomer);
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void managerListsTheAccountsOfTheirManufactureOnly() {
    String manufacture = fixtures.manufacture();
    String other = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person pending = fixtures.pendingArtisan(manufacture);
    Person pendingElsewhere = fixtures.pendingArtisan(other);

    Api.Response list = api.as(manager).get("/api/accounts?status=PENDING&role=ARTISAN");
    assertThat(list.status()).isEqualTo(200);
    assertThat(idsOf(list.json())).contains(pending.id()).doesNotContain(pendingElsewhere.id());
    assertThat(list.json().getInt("total")).isEqualTo(1);

    assertThat(api.as(manager).get("/api/accounts?manufactureId=" + other).status()).isEqualTo(403);
    assertThat(api.as(manager).get("/api/accounts?status=SLEEPING").status()).isEqualTo(400);
    assertThat(api.as(fixtures.apprentice()).get("/api/accounts").status()).isEqualTo(403);

    Api.Response all =
        fixtures.asAdmin().get("/api/accounts?status=PENDING&manufactureId=" + other);
    assertThat(idsOf(all.json())).containsExactly(pendingElsewhere.id());
  }

  @Test
  void anAccountIsVisibleToItselfItsManagerAndTheAdminOnly() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisan = fixtures.artisan(manufacture);
    Person stranger = fixtures.apprentice();
    String path = "/api/accounts/" + artisan.id();

    assertThat(api.as(artisan).get(path).status()).isEqualTo(200);
    assertThat(api.as(manager).get(path).status()).isEqualTo(200);
    assertThat(fixtures.asAdmin().get(path).status()).isEqualTo(200);
    assertThat(api.as(stranger).get(path).status()).isEqualTo(404);
    assertThat(api.get(path).status()).isEqualTo(401);
  }

  static List<String> fieldsOf(Api.Response problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(error -> error.getString("field"))
        .distinct()
        .toList();
  }

  static List<String> idsOf(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(item -> item.getString("id"))
        .toList();
  }
}
