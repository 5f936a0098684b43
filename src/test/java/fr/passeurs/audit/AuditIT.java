package fr.passeurs.audit;

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
import java.time.ZoneId;
import java.util.List;
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
 * The audit trail records who did what to accounts, certificates, registers and personal data, for
 * whom and from where, in the same transaction as the act: an act refused leaves nothing. The admin
 * reads all of it, a manager their manufacture's, as JSON pages or CSV; people are named as they
 * are now, so that someone who erased their account is no longer named.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

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
  void clockBack() {
    fixtures.moveClockTo(null);
  }

  private List<JsonObject> trail(String query) {
    Api.Response read = fixtures.asAdmin().get("/api/audit?size=100&" + query);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    return read.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private static JsonObject reason(String text) {
    return Json.createObjectBuilder().add("reason", text).build();
  }

  @Test
  void actsOnAccountsAreRecordedWithWhoAndWhy() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person artisan = fixtures.pendingArtisan(manufacture);
    String account = "/api/accounts/" + artisan.id();

    assertThat(api.as(manager).post(account + "/activate", null).status()).isEqualTo(200);
    assertThat(
            api.as(manager).post(account + "/deactivation", reason("A quitté l’atelier.")).status())
        .isEqualTo(200);
    assertThat(fixtures.asAdmin().post(account + "/reactivation", null).status()).isEqualTo(200);

    List<JsonObject> onArtisan = trail("subject=" + artisan.id());
    assertThat(onArtisan)
        .extracting(e -> e.getString("action"))
        .containsExactly("ACCOUNT_REACTIVATED", "ACCOUNT_DEACTIVATED", "ACCOUNT_ACTIVATED");
    JsonObject deactivated = onArtisan.get(1);
    assertThat(deactivated.getJsonObject("actor").getString("id")).isEqualTo(manager.id());
    assertThat(deactivated.getJsonObject("actor").getString("displayName"))
        .isEqualTo("Manager " + manager.email());
    assertThat(deactivated.getString("detail")).isEqualTo("A quitté l’atelier.");
    assertThat(deactivated.getString("manufactureId")).isEqualTo(manufacture);
    assertThat(deactivated.getJsonObject("subject").getString("kind")).isEqualTo("ACCOUNT");
    assertThat(deactivated.getJsonObject("subject").getString("label"))
        .isEqualTo("Person " + artisan.email());

    // the manager's own appointment by the admin is there too
    List<JsonObject> onManager = trail("subject=" + manager.id());
    assertThat(onManager).extracting(e -> e.getString("action")).contains("MANAGER_APPOINTED");

    // filters: one kind of act, by one person
    assertThat(trail("kind=ACCOUNT_DEACTIVATED&actor=" + manager.id()))
        .extracting(e -> e.getJsonObject("subject").getString("id"))
        .containsExactly(artisan.id());

    // a refused act leaves nothing: another manufacture's manager may not deactivate
    Person stranger = fixtures.manager(fixtures.manufacture());
    assertThat(api.as(stranger).post(account + "/deactivation", reason("non")).status())
        .isEqualTo(403);
    assertThat(trail("actor=" + stranger.id())).isEmpty();
  }

  @Test
  void aCorrectedRegisterAndTheCertificateItReissuedAndRevokedAreRecorded() {
    Fixtures.TrainingDay day = fixtures.trainingDay(3, 1);
    String code = fixtures.hold(day);
    Person participant = day.participants().get(0);

    // the manager corrects the artisan's register: for the artisan
    Api.Response corrected =
        api.as(day.manager())
            .put(
                "/api/sessions/" + day.session() + "/register/1/" + participant.id(),
                Json.createObjectBuilder().add("status", "LATE").add("lateMinutes", 45).build());
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    Api.Response reissued =
        api.as(day.manager()).post("/api/certificates/" + code + "/reissue", null);
    assertThat(reissued.status()).as(reissued.toString()).isEqualTo(200);
    String next = reissued.json().getJsonObject("certificate").getString("code");
    Api.Response revoked =
        api.as(day.manager())
            .post("/api/certificates/" + next + "/revocation", reason("Délivré par erreur."));
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

    List<JsonObject> register = trail("subject=" + day.session());
    assertThat(register)
        .extracting(e -> e.getString("action"))
        .containsExactly("REGISTER_CORRECTED", "REGISTER_CLOSED");
    JsonObject correction = register.get(0);
    assertThat(correction.getJsonObject("actor").getString("id")).isEqualTo(day.manager().id());
    assertThat(correction.getJsonObject("onBehalfOf").getString("id"))
        .isEqualTo(day.artisan().id());
    assertThat(correction.getString("detail")).isEqualTo("PRESENT → LATE");
    assertThat(correction.getString("address")).isNotBlank();
    assertThat(correction.getJsonObject("subject").getString("label"))
        .startsWith(day.training().getString("title"))
        .contains(day.day().toString());
    JsonObject closing = register.get(1);
    assertThat(closing.getJsonObject("actor").getString("id")).isEqualTo(day.artisan().id());
    assertThat(closing.containsKey("onBehalfOf") && !closing.isNull("onBehalfOf")).isFalse();

    // the manager reads their manufacture's trail, and only theirs
    List<JsonObject> theirs =
        api.as(day.manager()).get("/api/audit?size=100").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(theirs).isNotEmpty();
    assertThat(theirs).allMatch(e -> day.manufacture().equals(e.getString("manufactureId")));
    assertThat(theirs)
        .extracting(e -> e.getString("action"))
        .contains("REGISTER_CORRECTED", "CERTIFICATE_REISSUED", "CERTIFICATE_REVOKED");
    assertThat(
            api.as(day.manager())
                .get("/api/audit?manufactureId=" + fixtures.manufacture())
                .status())
        .isEqualTo(403);

    // the CSV export: the same lines, named in the asked language
    Api.Response csv =
        api.as(day.manager())
            .header("Accept-Language", "en")
            .fetch("/api/audit/export.csv?subject=" + day.session(), "text/csv");
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.body().lines().toList())
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).contains("When (Paris)").contains("On behalf of");
              assertThat(lines.get(1)).contains("Attendance corrected").contains("Present");
              assertThat(lines.get(2)).contains("Attendance register closed");
            });

    JsonObject reissue = trail("subject=" + code).get(0);
    assertThat(reissue.getString("action")).isEqualTo("CERTIFICATE_REISSUED");
    assertThat(reissue.getString("detail")).isEqualTo(next);
    assertThat(reissue.getJsonObject("actor").getString("id")).isEqualTo(day.manager().id());
    JsonObject revocation = trail("subject=" + next).get(0);
    assertThat(revocation.getString("action")).isEqualTo("CERTIFICATE_REVOKED");
    assertThat(revocation.getString("detail")).isEqualTo("Délivré par erreur.");
    assertThat(revocation.getJsonObject("subject").getString("label")).startsWith(next + " · ");

    // the days of the trail are Paris days; the acts happened on the clock's next morning
    String when = day.day().plusDays(1).toString();
    assertThat(trail("from=" + when + "&to=" + when + "&subject=" + next)).hasSize(1);
    assertThat(trail("to=" + day.day().minusDays(1) + "&subject=" + next)).isEmpty();
  }

  @Test
  void anExportAndAnErasureAreRecordedAndTheErasedPersonIsNoLongerNamed() {
    Person lea = fixtures.apprentice();
    String name = api.as(lea).get("/api/me").json().getString("displayName");
    assertThat(api.as(lea).get("/api/me/data").status()).isEqualTo(200);
    assertThat(api.as(lea).delete("/api/me").status()).isEqualTo(204);

    List<JsonObject> onLea = trail("subject=" + lea.id());
    assertThat(onLea)
        .extracting(e -> e.getString("action"))
        .containsExactly("ACCOUNT_ERASED", "DATA_EXPORTED");
    for (JsonObject entry : onLea) {
      assertThat(entry.getJsonObject("actor").getString("id")).isEqualTo(lea.id());
      assertThat(entry.toString()).doesNotContain(name).doesNotContain(lea.email());
    }
    assertThat(
            LocalDate.ofInstant(
                java.time.Instant.parse(onLea.get(0).getString("at")), ZoneId.of("Europe/Paris")))
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")));
  }

  @Test
  void onlyTheAdminAndManagersReadTheTrailAndBadFiltersAreRefusedByName() {
    Person artisan = fixtures.artisan(fixtures.manufacture());
    assertThat(api.as(artisan).get("/api/audit").status()).isEqualTo(403);
    assertThat(api.as(fixtures.apprentice()).fetch("/api/audit/export.csv", "text/csv").status())
        .isEqualTo(403);
    assertThat(api.anonymous().get("/api/audit").status()).isEqualTo(401);

    Api.Response bad =
        fixtures.asAdmin().header("Accept-Language", "fr").get("/api/audit?kind=NOPE&from=hier");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(
            bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("kind", "from");
  }
}
