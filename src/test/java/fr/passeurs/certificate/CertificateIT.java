package fr.passeurs.certificate;

import static fr.passeurs.testing.Eventually.eventually;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import fr.passeurs.certificate.core.CredentialVerifier;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates on a running server: issued when the trainer closes the register, stating what it
 * records; downloaded as issued whatever is renamed later; checked (valid, revoked, tampered,
 * unknown), revoked, issued again; the status list; batches; concurrent issuing; and a check of a
 * credential with nothing but Nimbus and the published keys.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateIT {

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

  /** A session of two half-days (3 h 30 and 3 h), two participants, its register closed. */
  record Closed(
      String manufacture,
      Person manager,
      Person artisan,
      String training,
      String session,
      Person first,
      Person second,
      LocalDate day) {}

  Closed closedSession(int weeksAhead) {
    TrainingDay t = fixtures.trainingDay(weeksAhead, 2);
    assertThat(t.training().getInt("minAttendancePercent")).isEqualTo(80);
    Person artisan = t.artisan();
    Person first = t.participants().get(0);
    Person second = t.participants().get(1);
    LocalDate day = t.day();
    String session = t.session();
    String register = "/api/sessions/" + session + "/register";
    fixtures.moveClockTo(paris(day, "09:10"));
    record(artisan, register, 0, first, "PRESENT");
    record(artisan, register, 0, second, "PRESENT");
    fixtures.moveClockTo(paris(day, "12:35"));
    assertThat(api.as(artisan).post(register + "/0/trainer-signature", null).status())
        .isEqualTo(201);
    fixtures.moveClockTo(paris(day, "14:30"));
    record(artisan, register, 1, first, "PRESENT");
    record(artisan, register, 1, second, "EXCUSED");
    fixtures.moveClockTo(paris(day, "17:05"));
    assertThat(api.as(artisan).post(register + "/1/trainer-signature", null).status())
        .isEqualTo(201);
    return new Closed(
        t.manufacture(),
        t.manager(),
        artisan,
        t.training().getString("id"),
        session,
        first,
        second,
        day);
  }

  void record(Person artisan, String register, int slot, Person who, String status) {
    Api.Response r =
        api.as(artisan)
            .put(
                register + "/" + slot + "/" + who.id(),
                Json.createObjectBuilder().add("status", status).add("remark", "").build());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  List<JsonObject> certificatesOf(Person who, String session) {
    Api.Response r = api.as(who).get("/api/sessions/" + session + "/certificates");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.jsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  static JsonObject of(List<JsonObject> certificates, Person who, String status) {
    return certificates.stream()
        .filter(c -> c.getString("recipientId").equals(who.id()))
        .filter(c -> c.getString("status").equals(status))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + status + " certificate of " + who));
  }

  @Test
  void closingTheRegisterIssuesCertificatesThatVerifyUntilRevokedAndDownloadAsIssued()
      throws Exception {
    Closed c = closedSession(3);
    List<JsonObject> issued =
        eventually(
            () -> certificatesOf(c.artisan(), c.session()), list -> list.size() == 2, "issued");

    JsonObject first = of(issued, c.first(), "VALID");
    JsonObject second = of(issued, c.second(), "VALID");
    assertThat(first.getString("kind")).isEqualTo("CERTIFICATE_OF_COMPLETION");
    assertThat(first.getInt("attendedMinutes")).isEqualTo(390);
    assertThat(first.getInt("plannedMinutes")).isEqualTo(390);
    assertThat(second.getString("kind")).isEqualTo("ATTESTATION_OF_ATTENDANCE");
    assertThat(second.getInt("attendedMinutes")).isEqualTo(210);
    assertThat(second.getString("actionNature")).isEqualTo("action de formation");
    assertThat(second.getString("from")).isEqualTo(c.day().toString());
    assertThat(first.getString("recipientName")).startsWith("Person ");
    assertThat(first.getString("verificationUrl")).endsWith("/verify/" + first.getString("code"));
    assertThat(first.getInt("statusIndex")).isNotEqualTo(second.getInt("statusIndex"));

    // the recipient's own list
    Api.Response mine = api.as(c.first()).get("/api/me/certificates");
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    assertThat(mine.json().getInt("total")).isEqualTo(1);
    assertThat(mine.json().getJsonArray("items").getJsonObject(0).getString("code"))
        .isEqualTo(first.getString("code"));

    // the PDF, as issued, even after the participant and the training are renamed
    String code = first.getString("code");
    byte[] pdf = download(c.first(), code);
    assertThat(sha256(pdf)).isEqualTo(first.getString("pdfSha256"));
    assertThat(api.as(c.manager()).download("/api/certificates/" + code + "/pdf").statusCode())
        .isEqualTo(200);
    assertThat(api.as(c.second()).download("/api/certificates/" + code + "/pdf").statusCode())
        .isEqualTo(403);
    assertThat(
            api.as(c.first())
                .put(
                    "/api/me/profile",
                    Json.createObjectBuilder().add("displayName", "Renamed Person").build())
                .status())
        .isEqualTo(200);
    JsonObject renamedTraining =
        trainingBody(null)
            .add("knowHowId", fixtures.knowHowOf(c.artisan()))
            .add("title", "Renamed training")
            .add(
                "version",
                api.get("/api/trainings/" + c.training())
                    .json()
                    .getJsonNumber("version")
                    .longValue())
            .build();
    Api.Response revised =
        api.as(c.artisan()).put("/api/trainings/" + c.training(), renamedTraining);
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.json().getString("title")).isEqualTo("Renamed training");
    assertThat(download(c.first(), code)).isEqualTo(pdf);
    assertThat(
            api.get("/api/certificates/" + code)
                .json()
                .getJsonObject("certificate")
                .getString("recipientName"))
        .isEqualTo(first.getString("recipientName"));

    // an independent check: Nimbus and the published keys, nothing of the platform's code
    String jwt = api.as(c.first()).fetch("/api/certificates/" + code + "/credential", "*/*").body();
    Api.Response jwksResponse = api.fetch("/.well-known/jwks.json", "application/json");
    assertThat(jwksResponse.status()).isEqualTo(200);
    JWKSet jwks = JWKSet.parse(jwksResponse.body());
    assertThat(jwks.getKeys()).allMatch(k -> !k.isPrivate());
    SignedJWT signed = SignedJWT.parse(jwt);
    RSAKey key = (RSAKey) jwks.getKeyByKeyId(signed.getHeader().getKeyID());
    assertThat(signed.verify(new RSASSAVerifier(key))).isTrue();
    assertThat(signed.getJWTClaimsSet().getJWTID()).endsWith("/verify/" + code);

    // checks: valid, tampered, unknown, not a credential
    assertThat(verify(jwt).getString("outcome")).isEqualTo("VALID");
    assertThat(verifyPdf(pdf).getString("outcome")).isEqualTo("VALID");
    String[] parts = jwt.split("\\.");
    assertThat(verify(parts[0] + "." + parts[1] + "." + flip(parts[2])).getString("outcome"))
        .isEqualTo("TAMPERED");
    assertThat(verify(parts[0] + "." + flip(parts[1]) + "." + parts[2]).getString("outcome"))
        .isEqualTo("TAMPERED");
    byte[] altered = pdf.clone();
    int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Title");
    altered[at + 9] ^= 1;
    JsonObject alteredVerdict = verifyPdf(altered);
    assertThat(alteredVerdict.getString("outcome")).isEqualTo("TAMPERED");
    RSAKey foreign = new RSAKeyGenerator(3072).keyIDFromThumbprint(true).generate();
    JWSObject forged =
        new JWSObject(
            new com.nimbusds.jose.JWSHeader.Builder(signed.getHeader())
                .keyID(foreign.getKeyID())
                .build(),
            signed.getPayload());
    forged.sign(new RSASSASigner(foreign));
    assertThat(verify(forged.serialize()).getString("outcome")).isEqualTo("UNKNOWN");
    Api.Response notJwt = api.send("POST", "/api/certificates/verify", "hello", "text/plain");
    assertThat(notJwt.status()).isEqualTo(400);
    assertThat(notJwt.contentType()).startsWith("application/problem+json");

    // revocation: a manager of another manufacture may not; the manager does, with a reason
    Person stranger = fixtures.manager(fixtures.manufacture());
    JsonObject reason = Json.createObjectBuilder().add("reason", "Fraude constatée").build();
    assertThat(api.as(stranger).post("/api/certificates/" + code + "/revocation", reason).status())
        .isEqualTo(403);
    assertThat(
            api.as(c.manager())
                .post(
                    "/api/certificates/" + code + "/revocation",
                    Json.createObjectBuilder().add("reason", " ").build())
                .status())
        .isEqualTo(400);
    Api.Response revoked =
        api.as(c.manager()).post("/api/certificates/" + code + "/revocation", reason);
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    JsonObject afterRevocation = verify(jwt);
    assertThat(afterRevocation.getString("outcome")).isEqualTo("REVOKED");
    assertThat(afterRevocation.getString("reason")).contains("Fraude constatée");
    String statusList =
        api.fetch(
                "/api/certificates/status-lists/" + first.getInt("statusList"),
                "application/vc+jwt")
            .body();
    CredentialVerifier verifier = CredentialVerifier.ofJwks(jwksResponse.body());
    assertThat(verifier.revocation(verifier.verify(jwt), statusList).status())
        .isEqualTo(CredentialVerifier.Revocation.REVOKED);
    String secondJwt =
        api.as(c.second())
            .fetch("/api/certificates/" + second.getString("code") + "/credential", "*/*")
            .body();
    assertThat(verifier.revocation(verifier.verify(secondJwt), statusList).status())
        .isEqualTo(CredentialVerifier.Revocation.NOT_REVOKED);

    // a revocation is final: the certificate is never issued again
    Api.Response again = api.as(c.manager()).post("/api/certificates/" + code + "/reissue", null);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("type")).endsWith("/revoked");
    assertThat(
            api.as(c.first()).get("/api/me/certificates").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("status"))
                .toList())
        .containsExactly("REVOKED");

    // a corrected register: the second participant was there in the afternoon after all
    String register = "/api/sessions/" + c.session() + "/register";
    Api.Response same =
        api.as(c.manager())
            .post("/api/certificates/" + second.getString("code") + "/reissue", null);
    assertThat(same.json().getJsonObject("certificate").getString("code"))
        .isEqualTo(second.getString("code"));
    record(c.artisan(), register, 1, c.second(), "PRESENT");
    Api.Response reissued =
        api.as(c.manager())
            .post("/api/certificates/" + second.getString("code") + "/reissue", null);
    assertThat(reissued.status()).as(reissued.toString()).isEqualTo(200);
    JsonObject next = reissued.json().getJsonObject("certificate");
    assertThat(next.getString("code")).isNotEqualTo(second.getString("code"));
    assertThat(next.getString("kind")).isEqualTo("CERTIFICATE_OF_COMPLETION");
    assertThat(next.getInt("attendedMinutes")).isEqualTo(390);
    JsonObject old = api.get("/api/certificates/" + second.getString("code")).json();
    assertThat(old.getString("outcome")).isEqualTo("REVOKED");
    assertThat(old.getJsonObject("certificate").getString("status")).isEqualTo("SUPERSEDED");
    assertThat(verify(secondJwt).getString("outcome")).isEqualTo("REVOKED");

    // a batch over the session: nothing new to issue, and its progress reaches DONE
    Api.Response started =
        api.as(c.manager())
            .post(
                "/api/certificate-batches",
                Json.createObjectBuilder().add("sessionId", c.session()).build());
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String location = started.header("Location");
    assertThat(location).contains("/api/certificate-batches/");
    String path = location.substring(location.indexOf("/api/"));
    JsonObject done =
        eventually(
            () -> api.as(c.manager()).get(path).json(),
            b -> b.getString("state").equals("DONE"),
            "batch done");
    assertThat(done.getInt("total")).isEqualTo(1);
    assertThat(done.getInt("done")).isEqualTo(1);
    assertThat(done.getInt("failed")).isZero();
    assertThat(done.getInt("issued")).isZero();
    assertThat(api.as(stranger).get(path).status()).isEqualTo(403);
  }

  @Test
  void concurrentIssuingGivesOneValidCertificatePerParticipantAndIndexesOnce() throws Exception {
    Closed c = closedSession(5);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            () ->
                api.as(c.manager())
                    .post("/api/sessions/" + c.session() + "/certificates", null)
                    .status());
      }
      for (Future<Integer> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    List<JsonObject> all =
        eventually(
            () -> certificatesOf(c.manager(), c.session()), list -> list.size() >= 2, "issued");
    Thread.sleep(2000); // the automatic batch may still be running: let it end
    all = certificatesOf(c.manager(), c.session());
    assertThat(all).hasSize(2);
    assertThat(all.stream().filter(x -> x.getString("status").equals("VALID")).count())
        .isEqualTo(2);
    assertThat(all.stream().map(x -> x.getInt("statusList") + "/" + x.getInt("statusIndex")))
        .doesNotHaveDuplicates();

    // a batch over the manufacture's sessions of the period
    Api.Response started =
        api.as(c.manager())
            .post(
                "/api/certificate-batches",
                Json.createObjectBuilder()
                    .add("manufactureId", c.manufacture())
                    .add("from", c.day().minusDays(1).toString())
                    .add("to", c.day().plusDays(1).toString())
                    .build());
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String location = started.header("Location");
    String path = location.substring(location.indexOf("/api/"));
    JsonObject done =
        eventually(
            () -> api.as(c.manager()).get(path).json(),
            b -> b.getString("state").equals("DONE"),
            "batch done");
    assertThat(done.getInt("total")).isEqualTo(1);
    assertThat(done.getInt("done")).isEqualTo(1);
  }

  /**
   * Work a request hands over (a batch, a round) reads outside a transaction while the request
   * still does, and goes on after the request has answered: neither may close the other's entity
   * manager. (A batch started from the certificates page sometimes gave the error page when the
   * request and its batch shared one.)
   */
  @Test
  void workHandedOverByARequestKeepsItsOwnEntityManager() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Api.Response handed = api.post("/api/test/background/50", null);
      assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
      ids.add(handed.json().getString("id"));
    }
    for (String id : ids) {
      String outcome =
          eventually(
              () -> api.get("/api/test/background/" + id).json().getString("outcome"),
              o -> !o.equals("running"),
              "work " + id + " ended");
      assertThat(outcome).isEqualTo("done");
    }
  }

  @Test
  void aBatchRecordedButNeverRunIsRunByTheJobAndOnlyOnce() {
    Closed c = closedSession(7);
    eventually(() -> certificatesOf(c.manager(), c.session()), l -> l.size() == 2, "issued");
    // as if the server had stopped between a closing's commit and the start of its batch
    Api.Response left = api.post("/api/test/certificate-batches/left-behind/" + c.session(), null);
    assertThat(left.status()).as(left.toString()).isEqualTo(200);
    String path = "/api/certificate-batches/" + left.json().getString("id");
    assertThat(api.as(c.manager()).get(path).json().getString("state")).isEqualTo("QUEUED");

    Api.Response ran = api.post("/api/test/jobs/certificates", null);
    assertThat(ran.json().getInt("ran")).as(ran.toString()).isPositive();
    JsonObject done = api.as(c.manager()).get(path).json();
    assertThat(done.getString("state")).isEqualTo("DONE");
    assertThat(done.getInt("done")).isEqualTo(1);
    assertThat(done.getInt("issued")).isZero();
    assertThat(certificatesOf(c.manager(), c.session())).hasSize(2);
    // a batch taken once is not run again
    api.post("/api/test/jobs/certificates", null);
    assertThat(api.as(c.manager()).get(path).json().getInt("done")).isEqualTo(1);
  }

  @Test
  void aBatchWhoseRunnerFellSilentIsTakenOverOnceAfterTheStaleTime() {
    Closed c = closedSession(9);
    eventually(() -> certificatesOf(c.manager(), c.session()), l -> l.size() == 2, "issued");
    // as if the instance running it had died just after taking it
    Api.Response silent = api.post("/api/test/certificate-batches/silent/" + c.session(), null);
    assertThat(silent.status()).as(silent.toString()).isEqualTo(200);
    assertThat(silent.json().getInt("run")).isEqualTo(1);
    String path = "/api/certificate-batches/" + silent.json().getString("id");

    // silent for less than the stale time: left to its runner
    api.post("/api/test/jobs/certificates", null);
    JsonObject running = api.as(c.manager()).get(path).json();
    assertThat(running.getString("state")).isEqualTo("RUNNING");
    assertThat(running.getInt("runs")).isEqualTo(1);
    assertThat(running.getInt("done")).isZero();

    // silent for longer: another runner takes it over and ends it
    fixtures.moveClockTo(paris(c.day(), "17:08"));
    Api.Response ran = api.post("/api/test/jobs/certificates", null);
    assertThat(ran.json().getInt("ran")).as(ran.toString()).isPositive();
    JsonObject done = api.as(c.manager()).get(path).json();
    assertThat(done.getString("state")).isEqualTo("DONE");
    assertThat(done.getInt("runs")).isEqualTo(2);
    assertThat(done.getInt("done")).isEqualTo(1);
    assertThat(done.getInt("issued")).isZero();
    assertThat(certificatesOf(c.manager(), c.session())).hasSize(2);

    // ended: taken over no more
    fixtures.moveClockTo(paris(c.day(), "17:20"));
    api.post("/api/test/jobs/certificates", null);
    assertThat(api.as(c.manager()).get(path).json().getInt("runs")).isEqualTo(2);
  }

  // --- helpers ---------------------------------------------------------------------------------

  JsonObject verify(String jwt) {
    Api.Response r =
        api.post(
            "/api/certificates/verify", Json.createObjectBuilder().add("credential", jwt).build());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  JsonObject verifyPdf(byte[] pdf) {
    Api.Response r = api.postBytes("/api/certificates/verify", pdf, "application/pdf");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  byte[] download(Person who, String code) {
    HttpResponse<byte[]> r = api.as(who).download("/api/certificates/" + code + "/pdf");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    return r.body();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** One character of a base64url part changed into another. */
  static String flip(String part) {
    int i = part.length() / 2;
    char c = part.charAt(i);
    return part.substring(0, i) + (c == 'A' ? 'B' : 'A') + part.substring(i + 1);
  }
}
