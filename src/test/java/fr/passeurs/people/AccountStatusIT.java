package fr.passeurs.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.FakeSmtpServer;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.TestRuntime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
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

/**
 * Who may log in: a pending artisan refused with a reason, accounts deactivated and reactivated
 * (the admin for anyone but themselves, a manager for their artisans), managers removed, and the
 * admin finding accounts by name or e-mail. Whoever may not log in learns why, only with the right
 * password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountStatusIT {

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

  static JsonObject reason(String reason) {
    return Json.createObjectBuilder().add("reason", reason).build();
  }

  static String path(Person person, String action) {
    return "/api/accounts/" + person.id() + "/" + action;
  }

  @Test
  void aManagerRefusesAPendingArtisanWhoIsToldWhyByMailAndAtLogin() throws Exception {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisan = fixtures.pendingArtisan(manufacture);

    Api.Response noReason = api.as(manager).post(path(artisan, "refusal"), reason("  "));
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    Api.Response tooLong = api.as(manager).post(path(artisan, "refusal"), reason("x".repeat(501)));
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);

    Api.Response refused =
        api.as(manager)
            .post(path(artisan, "refusal"), reason("Nous ne connaissons pas cet atelier."));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.json().getString("status")).isEqualTo("REFUSED");
    assertThat(refused.json().getString("statusReason"))
        .isEqualTo("Nous ne connaissons pas cet atelier.");

    Api.Response login = api.header("Accept-Language", "fr").as(artisan).get("/api/me");
    assertThat(login.status()).as(login.toString()).isEqualTo(403);
    assertThat(login.json().getString("type")).endsWith("account-inactive");
    assertThat(login.json().getString("detail"))
        .isEqualTo(
            "Votre inscription a été refusée par votre manufacture. Motif : Nous ne connaissons"
                + " pas cet atelier.");
    Api.Response wrongPassword = api.as(artisan.email(), "not-the-password").get("/api/me");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.body()).doesNotContain("atelier");

    FakeSmtpServer.Received mail =
        TestRuntime.smtp().awaitOne(artisan.email(), Duration.ofSeconds(60));
    assertThat(mail.part("text/plain"))
        .contains("Votre manufacture a refusé votre inscription sur Passeurs.")
        .contains("Nous ne connaissons pas cet atelier.");

    Api.Response again = api.as(manager).post(path(artisan, "refusal"), reason("encore"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).endsWith("account-not-pending");

    // a mistake can be undone: the refused artisan is let in
    Api.Response letIn = api.as(manager).post(path(artisan, "reactivation"), null);
    assertThat(letIn.status()).as(letIn.toString()).isEqualTo(200);
    assertThat(api.as(artisan).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void onlyTheArtisansManagersOrTheAdminRefuse() {
    String manufacture = fixtures.manufacture();
    Person otherManager = fixtures.manager(fixtures.manufacture());
    Person artisan = fixtures.pendingArtisan(manufacture);
    Person apprentice = fixtures.apprentice();

    assertThat(api.post(path(artisan, "refusal"), reason("non")).status()).isEqualTo(401);
    assertThat(api.as(apprentice).post(path(artisan, "refusal"), reason("non")).status())
        .isEqualTo(403);
    assertThat(api.as(otherManager).post(path(artisan, "refusal"), reason("non")).status())
        .isEqualTo(403);
    Api.Response byAdmin = fixtures.asAdmin().post(path(artisan, "refusal"), reason("doublon"));
    assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
  }

  @Test
  void theAdminDeactivatesAnAccountWhichCanNoLongerLogInAndIsToldWhyThenReactivatesIt() {
    Person teacher = fixtures.teacher();
    assertThat(api.as(teacher).get("/api/me").status()).isEqualTo(200);

    Api.Response off =
        fixtures.asAdmin().post(path(teacher, "deactivation"), reason("Compte usurpé."));
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    assertThat(off.json().getString("status")).isEqualTo("DISABLED");

    Api.Response login = api.header("Accept-Language", "en").as(teacher).get("/api/me");
    assertThat(login.status()).isEqualTo(403);
    assertThat(login.json().getString("detail"))
        .isEqualTo("Your account was deactivated. Reason: Compte usurpé.");

    Api.Response twice = fixtures.asAdmin().post(path(teacher, "deactivation"), reason("encore"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().getString("type")).endsWith("account-not-active");

    Api.Response on = fixtures.asAdmin().post(path(teacher, "reactivation"), null);
    assertThat(on.status()).as(on.toString()).isEqualTo(200);
    assertThat(on.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(on.json().containsKey("statusReason")).isFalse();
    assertThat(api.as(teacher).get("/api/me").status()).isEqualTo(200);

    Api.Response notInactive = fixtures.asAdmin().post(path(teacher, "reactivation"), null);
    assertThat(notInactive.status()).isEqualTo(409);
    assertThat(notInactive.json().getString("type")).endsWith("account-not-inactive");
  }

  @Test
  void aManagerDeactivatesTheirArtisansOnlyAndNobodyTheirOwnAccount() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person colleague = fixtures.manager(manufacture);
    Person artisan = fixtures.artisan(manufacture);
    Person elsewhere = fixtures.artisan(fixtures.manufacture());
    Person apprentice = fixtures.apprentice();

    assertThat(api.as(manager).post(path(elsewhere, "deactivation"), reason("non")).status())
        .isEqualTo(403);
    assertThat(api.as(manager).post(path(apprentice, "deactivation"), reason("non")).status())
        .isEqualTo(403);
    assertThat(api.as(manager).post(path(colleague, "deactivation"), reason("non")).status())
        .isEqualTo(403);
    Api.Response self = api.as(manager).post(path(manager, "deactivation"), reason("non"));
    assertThat(self.status()).isEqualTo(403);
    String adminId = fixtures.asAdmin().get("/api/me").json().getString("id");
    Api.Response adminSelf =
        fixtures.asAdmin().post("/api/accounts/" + adminId + "/deactivation", reason("non"));
    assertThat(adminSelf.status()).isEqualTo(403);
    assertThat(api.as(artisan).post(path(artisan, "deactivation"), reason("non")).status())
        .isEqualTo(403);

    Api.Response off =
        api.as(manager).post(path(artisan, "deactivation"), reason("A quitté l'atelier."));
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    assertThat(api.as(artisan).get("/api/me").status()).isEqualTo(403);
    // the deactivated artisan is no longer offered as a holder of know-how
    JsonObject list = api.as(manager).get("/api/accounts?status=DISABLED&role=ARTISAN").json();
    assertThat(ids(list)).containsExactly(artisan.id());
    Api.Response on =
        api.as(manager).post(path(artisan, "reactivation"), reason("Revenu parmi nous."));
    assertThat(on.status()).isEqualTo(200);
    assertThat(on.json().getString("statusReason")).isEqualTo("Revenu parmi nous.");
  }

  @Test
  void deactivatingAtOnceFromManyClientsDoesItOnceAndTellsTheOthers() throws Exception {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisan = fixtures.artisan(manufacture);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Api.Response>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Api caller = i % 2 == 0 ? api.as(manager) : fixtures.asAdmin();
        Callable<Api.Response> call =
            () -> caller.post(path(artisan, "deactivation"), reason("Parti."));
        answers.add(pool.submit(call));
      }
      int done = 0;
      for (Future<Api.Response> answer : answers) {
        Api.Response response = answer.get();
        assertThat(response.status()).as(response.toString()).isIn(200, 409);
        if (response.status() == 200) {
          done++;
        }
      }
      assertThat(done).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theAdminRemovesAManagerWhoKeepsTheirArtisanRoleOrIsDeactivatedWithoutOne() {
    String manufacture = fixtures.manufacture();
    Person onlyManager = fixtures.manager(manufacture);
    Person artisan = fixtures.artisan(manufacture);
    Api.Response appointed =
        fixtures
            .asAdmin()
            .post(
                "/api/manufactures/" + manufacture + "/managers",
                Json.createObjectBuilder().add("email", artisan.email()).build());
    assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);

    JsonValue managers =
        fixtures.asAdmin().get("/api/manufactures/" + manufacture + "/managers").jsonArray();
    assertThat(managers.asJsonArray())
        .extracting(m -> m.asJsonObject().getString("id"))
        .containsExactlyInAnyOrder(onlyManager.id(), artisan.id());
    assertThat(api.as(artisan).get("/api/manufactures/" + manufacture + "/managers").status())
        .isEqualTo(200);
    assertThat(
            api.as(fixtures.apprentice())
                .get("/api/manufactures/" + manufacture + "/managers")
                .status())
        .isEqualTo(403);

    String base = "/api/manufactures/" + manufacture + "/managers/";
    assertThat(api.as(onlyManager).delete(base + artisan.id()).status()).isEqualTo(403);

    Api.Response removed = fixtures.asAdmin().delete(base + artisan.id());
    assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    JsonObject artisanNow = removed.json();
    assertThat(artisanNow.getString("status")).isEqualTo("ACTIVE");
    assertThat(artisanNow.getJsonArray("roles").getString(0)).isEqualTo("ARTISAN");
    assertThat(artisanNow.getString("manufactureId")).isEqualTo(manufacture);
    assertThat(api.as(artisan).get("/api/accounts?role=ARTISAN").status()).isEqualTo(403);

    Api.Response last = fixtures.asAdmin().delete(base + onlyManager.id());
    assertThat(last.status()).isEqualTo(200);
    assertThat(last.json().getString("status")).isEqualTo("DISABLED");
    assertThat(last.json().getJsonArray("roles")).isEmpty();
    assertThat(api.as(onlyManager).get("/api/me").status()).isEqualTo(403);

    Api.Response notAManager = fixtures.asAdmin().delete(base + onlyManager.id());
    assertThat(notAManager.status()).isEqualTo(404);
  }

  @Test
  void theAdminFindsAccountsByPartOfANameOrAnEmail() {
    String word = Fixtures.uniqueWord();
    Person found = fixtures.register("TEACHER", null);
    Api.Response renamed =
        api.as(found)
            .put(
                "/api/me/profile",
                Json.createObjectBuilder().add("displayName", "Mme " + word + " Dupont").build());
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

    JsonObject byName = fixtures.asAdmin().get("/api/accounts?q=" + word.toUpperCase()).json();
    assertThat(ids(byName)).containsExactly(found.id());
    String local = found.email().substring(0, found.email().indexOf('@'));
    JsonObject byEmail = fixtures.asAdmin().get("/api/accounts?q=" + Api.encode(local)).json();
    assertThat(ids(byEmail)).containsExactly(found.id());
    JsonObject wildcard = fixtures.asAdmin().get("/api/accounts?q=%25%25" + word).json();
    assertThat(wildcard.getInt("total")).isZero();
    Api.Response tooLong = fixtures.asAdmin().get("/api/accounts?q=" + "x".repeat(101));
    assertThat(tooLong.status()).isEqualTo(400);
  }

  static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
  }
}
