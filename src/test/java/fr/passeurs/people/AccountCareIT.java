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
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One's own password: changed with the current one; forgotten, set again with a link mailed to the
 * account (never saying whether an address has one), valid one hour and used once; or produced by
 * the admin or a manager, for their artisans, when nobody receives mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountCareIT {

  private static final Pattern LINK =
      Pattern.compile("/password-reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

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

  static JsonObject change(String current, String next) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", next)
        .build();
  }

  static JsonObject password(String password) {
    return Json.createObjectBuilder().add("password", password).build();
  }

  static JsonObject email(String email) {
    return Json.createObjectBuilder().add("email", email).build();
  }

  @Test
  void aPasswordChangesWithTheCurrentOneAndTheOldOneNoLongerOpens() {
    Person lea = fixtures.apprentice();
    assertThat(api.as(lea).get("/api/me").status()).isEqualTo(200);

    Api.Response wrong =
        api.header("Accept-Language", "fr")
            .as(lea)
            .put("/api/me/password", change("pas le bon mot de passe", "un nouveau mot de passe"));
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    assertThat(wrong.body()).contains("currentPassword").contains("le mot de passe actuel");

    Api.Response tooShort = api.as(lea).put("/api/me/password", change(lea.password(), "court"));
    assertThat(tooShort.status()).as(tooShort.toString()).isEqualTo(400);
    assertThat(tooShort.body()).contains("newPassword");

    Api.Response changed =
        api.as(lea).put("/api/me/password", change(lea.password(), "un nouveau mot de passe"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(api.as(lea).get("/api/me").status()).isEqualTo(401);
    assertThat(api.as(lea.email(), "un nouveau mot de passe").get("/api/me").status())
        .isEqualTo(200);
  }

  @Test
  void aForgottenPasswordIsSetAgainWithTheMailedLinkOnceAndOnlyOnce() throws Exception {
    Person lea = fixtures.apprentice();
    Api.Response asked = api.post("/api/password-resets", email(lea.email()));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    // an unknown address is answered the same, and nothing tells them apart
    Api.Response unknown =
        api.post("/api/password-resets", email(Fixtures.unique("personne") + "@example.org"));
    assertThat(unknown.status()).isEqualTo(202);
    assertThat(unknown.body()).isEqualTo(asked.body());

    String token = mailedToken(lea.email());
    Api.Response weak = api.post("/api/password-resets/" + token, password("court"));
    assertThat(weak.status()).as(weak.toString()).isEqualTo(400);

    Api.Response reset =
        api.post("/api/password-resets/" + token, password("mon mot de passe retrouvé"));
    assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
    assertThat(api.as(lea).get("/api/me").status()).isEqualTo(401);
    assertThat(api.as(lea.email(), "mon mot de passe retrouvé").get("/api/me").status())
        .isEqualTo(200);

    Api.Response again =
        api.header("Accept-Language", "en")
            .post("/api/password-resets/" + token, password("encore un autre mot de passe"));
    assertThat(again.status()).as(again.toString()).isEqualTo(400);
    assertThat(again.body()).contains("this link no longer works");
    Api.Response forged =
        api.post(
            "/api/password-resets/" + "x".repeat(43), password("encore un autre mot de passe"));
    assertThat(forged.status()).isEqualTo(400);
  }

  @Test
  void aLinkOlderThanAnHourNoLongerWorks() throws Exception {
    Person lea = fixtures.apprentice();
    String token = producedToken(fixtures.asAdmin(), lea.id());
    fixtures.moveClockTo(java.time.Instant.now().plus(Duration.ofMinutes(61)));
    try {
      Api.Response late =
          api.post("/api/password-resets/" + token, password("un mot de passe trop tard"));
      assertThat(late.status()).as(late.toString()).isEqualTo(400);
    } finally {
      fixtures.moveClockTo(null);
    }
    assertThat(api.as(lea).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void aLinkUsedByManyAtOnceSetsOnePassword() throws Exception {
    Person lea = fixtures.apprentice();
    String token = producedToken(fixtures.asAdmin(), lea.id());
    int clients = 8;
    List<Callable<Integer>> uses = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      String chosen = "mot de passe numéro " + i;
      uses.add(() -> api.post("/api/password-resets/" + token, password(chosen)).status());
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> answer : pool.invokeAll(uses)) {
        statuses.add(answer.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(statuses).containsOnlyOnce(204);
    assertThat(statuses).filteredOn(s -> s != 204).containsOnly(400);
    // the winner's password opens the account, tried first: after five wrong passwords the login
    // throttle would hold the next attempt, whichever it is
    int winner = statuses.indexOf(204);
    assertThat(api.as(lea.email(), "mot de passe numéro " + winner).get("/api/me").status())
        .isEqualTo(200);
    for (int i = 0; i < clients; i++) {
      if (i != winner) {
        assertThat(api.as(lea.email(), "mot de passe numéro " + i).get("/api/me").status())
            .as("password %d", i)
            .isNotEqualTo(200);
      }
    }
  }

  @Test
  void aManagerProducesALinkForTheArtisansOfTheirManufactureOnly() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisan = fixtures.artisan(manufacture);
    Person elsewhere = fixtures.artisan(fixtures.manufacture());
    Person apprentice = fixtures.apprentice();

    Api.Response produced =
        api.as(manager).post("/api/accounts/" + artisan.id() + "/password-reset", null);
    assertThat(produced.status()).as(produced.toString()).isEqualTo(201);
    assertThat(produced.json().getString("path")).matches(LINK.pattern());
    assertThat(produced.json().getString("expiresAt")).isNotBlank();

    assertThat(
            api.as(manager)
                .post("/api/accounts/" + elsewhere.id() + "/password-reset", null)
                .status())
        .isEqualTo(403);
    assertThat(
            api.as(manager)
                .post("/api/accounts/" + apprentice.id() + "/password-reset", null)
                .status())
        .isEqualTo(403);
    assertThat(
            api.as(artisan)
                .post("/api/accounts/" + artisan.id() + "/password-reset", null)
                .status())
        .isEqualTo(403);
    assertThat(api.post("/api/accounts/" + artisan.id() + "/password-reset", null).status())
        .isEqualTo(401);
    assertThat(
            fixtures
                .asAdmin()
                .post("/api/accounts/" + apprentice.id() + "/password-reset", null)
                .status())
        .isEqualTo(201);
  }

  @Test
  void aPendingAccountGetsNoLink() throws Exception {
    String manufacture = fixtures.manufacture();
    Person pending = fixtures.pendingArtisan(manufacture);
    assertThat(api.post("/api/password-resets", email(pending.email())).status()).isEqualTo(202);
    Api.Response produced =
        fixtures.asAdmin().post("/api/accounts/" + pending.id() + "/password-reset", null);
    assertThat(produced.status()).as(produced.toString()).isEqualTo(409);
    Thread.sleep(3000);
    assertThat(TestRuntime.smtp().to(pending.email())).isEmpty();
  }

  @Test
  void badBodiesAreRefusedPlainly() {
    assertThat(api.send("POST", "/api/password-resets", "null").status()).isEqualTo(400);
    assertThat(api.post("/api/password-resets", email("")).status()).isEqualTo(400);
    assertThat(api.send("POST", "/api/password-resets/abc", "null").status()).isEqualTo(400);
    Person lea = fixtures.apprentice();
    assertThat(api.as(lea).send("PUT", "/api/me/password", "null").status()).isEqualTo(400);
    assertThat(api.put("/api/me/password", change("a", "b")).status()).isEqualTo(401);
  }

  private String producedToken(Api admin, String accountId) {
    Api.Response produced = admin.post("/api/accounts/" + accountId + "/password-reset", null);
    assertThat(produced.status()).as(produced.toString()).isEqualTo(201);
    Matcher found = LINK.matcher(produced.json().getString("path"));
    assertThat(found.find()).isTrue();
    return found.group(1);
  }

  /** The token of the link mailed to that address (quoted-printable undone). */
  static String mailedToken(String address) throws InterruptedException {
    FakeSmtpServer.Received mail = TestRuntime.smtp().awaitOne(address, Duration.ofSeconds(60));
    String text = mail.data().replace("=\r\n", "").replace("=3D", "=");
    Matcher found = LINK.matcher(text);
    assertThat(found.find()).as(text).isTrue();
    return found.group(1);
  }
}
