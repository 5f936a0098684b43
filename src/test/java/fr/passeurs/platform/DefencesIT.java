package fr.passeurs.platform;

import static fr.passeurs.testing.Fixtures.knowHowBody;
import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The holes found when the platform was probed from outside, each closed and kept closed: wrong
 * passwords slowed down then blocked per account and address, integers that never wrap round, texts
 * and dates that cannot carry what they should not, a know-how that only its manufacture moves,
 * opening hours that shrink, headers on every answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DefencesIT {

  /** Addresses of the documentation range, one block per test, passed through X-Forwarded-For. */
  static final AtomicInteger ADDRESSES = new AtomicInteger(1);

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

  /** A registration of an apprentice, to be spoiled. */
  static JsonObjectBuilder registration() {
    return Json.createObjectBuilder()
        .add("email", Fixtures.unique("x") + "@example.org")
        .add("password", "a long password")
        .add("displayName", "Léa")
        .add("role", "APPRENTICE");
  }

  static String newAddress() {
    return "203.0.113." + ADDRESSES.getAndIncrement();
  }

  static List<String> fields(Api.Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    return answer.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  // --- Passwords --------------------------------------------------------------------------------

  @Test
  void wrongPasswordsSlowThenBlockThatAccountFromThatAddressOnly() {
    Person lea = fixtures.apprentice();
    Person sam = fixtures.apprentice();
    String from = newAddress();
    Api leaFromThere = api.header("X-Forwarded-For", from);
    Instant now = Instant.now();

    for (int i = 1; i <= 5; i++) {
      assertThat(leaFromThere.as(lea.email(), "not her password").get("/api/me").status())
          .as("wrong password %d", i)
          .isEqualTo(401);
    }
    // from the fifth failure on, the next attempt waits, even with the right password
    Api.Response held = leaFromThere.as(lea).get("/api/me");
    assertThat(held.status()).as(held.toString()).isEqualTo(429);
    assertThat(held.contentType()).startsWith("application/problem+json");
    assertThat(Integer.parseInt(held.header("Retry-After"))).isBetween(1, 2);
    assertThat(held.json().getString("type")).endsWith("too-many-attempts");

    // twenty failures in all, each after its wait: the pair is blocked a quarter of an hour
    for (int i = 6; i <= 20; i++) {
      now = now.plusSeconds(31);
      fixtures.moveClockTo(now);
      assertThat(leaFromThere.as(lea.email(), "not her password").get("/api/me").status())
          .as("wrong password %d", i)
          .isEqualTo(401);
    }
    now = now.plusSeconds(60);
    fixtures.moveClockTo(now);
    Api.Response blocked = leaFromThere.as(lea).header("Accept-Language", "fr").get("/api/me");
    assertThat(blocked.status()).as(blocked.toString()).isEqualTo(429);
    assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(800, 900);
    assertThat(blocked.json().getString("detail")).startsWith("Trop de tentatives de connexion");

    // nobody else is locked out: Léa from elsewhere, Sam from there
    assertThat(api.header("X-Forwarded-For", newAddress()).as(lea).get("/api/me").status())
        .isEqualTo(200);
    assertThat(leaFromThere.as(sam).get("/api/me").status()).isEqualTo(200);

    // after the quarter of an hour, the right password opens, and the count starts again
    fixtures.moveClockTo(now.plus(Duration.ofMinutes(16)));
    assertThat(leaFromThere.as(lea).get("/api/me").status()).isEqualTo(200);
    assertThat(leaFromThere.as(lea.email(), "not her password").get("/api/me").status())
        .isEqualTo(401);
    assertThat(leaFromThere.as(lea).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void anAddressGuessingManyAccountsIsBlocked() {
    Person lea = fixtures.apprentice();
    Api fromThere = api.header("X-Forwarded-For", newAddress());
    for (int i = 0; i < 100; i++) {
      assertThat(fromThere.as("nobody-" + i + "@example.org", "guess").get("/api/me").status())
          .isEqualTo(401);
    }
    assertThat(fromThere.as(lea).get("/api/me").status()).isEqualTo(429);
    assertThat(api.header("X-Forwarded-For", newAddress()).as(lea).get("/api/me").status())
        .isEqualTo(200);
  }

  @Test
  void anAddressForwardedByATrustedProxyIsAPlaceOfItsOwn() {
    // the trusted proxies of the tests are the loopback addresses: a header from them counts,
    // and the same account from the loopback itself is a third place
    Person lea = fixtures.apprentice();
    String from = newAddress();
    for (int i = 0; i < 6; i++) {
      api.header("X-Forwarded-For", from).as(lea.email(), "wrong").get("/api/me");
    }
    assertThat(api.header("X-Forwarded-For", from).as(lea).get("/api/me").status()).isEqualTo(429);
    assertThat(api.as(lea).get("/api/me").status()).isEqualTo(200);
  }

  // --- Numbers, texts and dates -----------------------------------------------------------------

  @Test
  void decimalsNeverPassTheBoundsOfWholeNumberFields() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    JsonObject training = fixtures.training(artisan, trainingBody(fixtures.knowHowOf(artisan)));
    String path = "/api/trainings/" + training.getString("id");
    Api.Response huge =
        api.as(artisan)
            .put(
                path,
                trainingBody(training.getString("knowHowId"))
                    .add("version", training.getJsonNumber("version").longValue())
                    .add("minAttendancePercent", new BigDecimal("1e308"))
                    .add("priceCents", new BigDecimal("4294967796.0"))
                    .add("minimumAge", new BigDecimal("1.5"))
                    .build());
    assertThat(fields(huge))
        .containsExactlyInAnyOrder("minAttendancePercent", "priceCents", "minimumAge");
    JsonObject unchanged = api.get(path).json();
    assertThat(unchanged.getInt("minAttendancePercent")).isEqualTo(80);
    assertThat(unchanged.getInt("priceCents")).isZero();
  }

  @Test
  void textsCannotCarryControlOrDirectionCharactersNorHalvesOfCharacters() {
    // as JSON escapes, so that the half of a character goes over the wire as it is
    for (String name :
        new String[] {
          "L\\u00e9a\\u0000",
          "\\u001b[2JL\\u00e9a",
          "L\\u00e9a\\u0007",
          "L\\u00e9a\\u202eaeL",
          "L\\u2066\\u00e9a",
          "L\\u00e9a\\ud800",
          "\\udc00L\\u00e9a"
        }) {
      Api.Response refused =
          api.send(
              "POST",
              "/api/accounts",
              "{\"email\": \""
                  + Fixtures.unique("x")
                  + "@example.org\", \"password\": \"a long password\", \"displayName\": \""
                  + name
                  + "\", \"role\": \"APPRENTICE\"}");
      assertThat(fields(refused)).as(name).containsExactly("displayName");
    }
    Api.Response twoLines =
        api.post("/api/accounts", registration().add("displayName", "Léa\nMartin").build());
    assertThat(fields(twoLines)).containsExactly("displayName");
    // a text of several lines keeps its lines and tabs
    Person artisan = fixtures.artisan(fixtures.manufacture());
    JsonObject written =
        fixtures.knowHow(
            artisan,
            knowHowBody("Savoir " + Fixtures.uniqueWord(), "WOOD")
                .add("description", "Premier temps :\n\tdégrossir.\r\nSecond temps : finir."));
    assertThat(written.getString("description")).contains("\n\tdégrossir");
    assertThat(twoLines.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("must fit on one line");
  }

  @Test
  void aRecognitionIsAWebAddressOrNothing() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    for (String address :
        new String[] {"javascript:alert(document.cookie)", "data:text/html,x", "/relative"}) {
      Api.Response refused =
          api.as(artisan)
              .post(
                  "/api/know-how",
                  knowHowBody("Savoir " + Fixtures.uniqueWord(), "WOOD")
                      .add("recognition", "INVENTORY")
                      .add("recognitionUrl", address)
                      .build());
      assertThat(fields(refused)).as(address).containsExactly("recognitionUrl");
    }
  }

  @Test
  void datesStayWithinWhatCanBeTrue() {
    for (String birthDate :
        new String[] {"-0001-06-01", "1899-12-31", LocalDate.now().plusDays(2).toString()}) {
      Api.Response refused =
          api.post("/api/accounts", registration().add("birthDate", birthDate).build());
      assertThat(fields(refused)).as(birthDate).containsExactly("birthDate");
    }

    TrainingDay t = fixtures.trainingDay(2, 0);
    String manufacture = t.manufacture();
    Person manager = t.manager();
    String room = t.room();
    Person artisan = t.artisan();
    String training = t.training().getString("id");
    for (LocalDate day : new LocalDate[] {LocalDate.of(9999, 3, 1), monday(1).plusYears(4)}) {
      Api.Response far =
          fixtures.proposeSession(
              artisan,
              training,
              sessionBody(
                  room,
                  5,
                  paris(day.minusDays(2), "18:00"),
                  paris(day, "09:00"),
                  paris(day, "12:00")));
      assertThat(fields(far)).as(day.toString()).isNotEmpty();
    }
    Api.Response closedLongAgo =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/closures",
                Json.createObjectBuilder().add("date", "2020-01-01").add("reason", "x").build());
    assertThat(fields(closedLongAgo)).containsExactly("date");
  }

  @Test
  void everyTextIsMeasuredBeforeTheDatabaseSeesIt() {
    TrainingDay t = fixtures.trainingDay(2, 0);
    Api.Response closure =
        api.as(t.manager())
            .post(
                "/api/manufactures/" + t.manufacture() + "/closures",
                Json.createObjectBuilder()
                    .add("date", monday(3).toString())
                    .add("reason", "x".repeat(201))
                    .build());
    assertThat(fields(closure)).containsExactly("reason");
    Api.Response cancel =
        api.as(t.artisan())
            .post(
                "/api/sessions/" + t.session() + "/cancel",
                Json.createObjectBuilder().add("reason", "x".repeat(501)).build());
    assertThat(fields(cancel)).containsExactly("reason");
    assertThat(api.get("/api/sessions/" + t.session()).json().getString("status"))
        .isEqualTo("SCHEDULED");
  }

  @Test
  void aBodyThatIsNullOrHoldsNullsIsRefusedNotAFailure() {
    TrainingDay t = fixtures.trainingDay(2, 0);
    String manufacture = t.manufacture();
    Person artisan = t.artisan();
    String knowHow = t.training().getString("knowHowId");
    Api admin = fixtures.asAdmin();
    for (String[] call :
        new String[][] {
          {"POST", "/api/accounts"},
          {"POST", "/api/manufactures"},
          {"PUT", "/api/manufactures/" + manufacture},
          {"POST", "/api/manufactures/" + manufacture + "/managers"},
          {"POST", "/api/know-how"},
          {"PUT", "/api/know-how/" + knowHow}
        }) {
      for (String body : new String[] {"null", "", "[]", "\"text\"", "42"}) {
        Api.Response answer = admin.send(call[0], call[1], body);
        assertThat(answer.status())
            .as(call[0] + " " + call[1] + " " + body + " -> " + answer)
            .isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
      }
    }
    Api.Response nullHolder =
        api.as(artisan)
            .put(
                "/api/know-how/" + knowHow,
                knowHowBody("Savoir " + Fixtures.uniqueWord(), "METAL")
                    .add("holderIds", Json.createArrayBuilder().add(artisan.id()).addNull())
                    .build());
    assertThat(fields(nullHolder)).containsExactly("holderIds[1]");
    Api.Response nullPrerequisite =
        api.as(artisan)
            .post(
                "/api/trainings",
                trainingBody(knowHow)
                    .add("prerequisiteIds", Json.createArrayBuilder().addNull())
                    .build());
    assertThat(fields(nullPrerequisite)).containsExactly("prerequisiteIds[0]");
    Api.Response nullInProfile =
        api.as(fixtures.apprentice())
            .put(
                "/api/me/apprentice-profile",
                Json.createObjectBuilder()
                    .add("craftCodes", Json.createArrayBuilder().addNull())
                    .add("knowHowIds", Json.createArrayBuilder().add("x").addNull())
                    .build());
    assertThat(fields(nullInProfile)).contains("craftCodes[0]", "knowHowIds[1]");
    LocalDate day = monday(3);
    Api.Response nullMachine =
        fixtures.proposeSession(
            artisan,
            t.training().getString("id"),
            sessionBody(
                    t.room(),
                    5,
                    paris(day.minusDays(2), "18:00"),
                    paris(day, "09:00"),
                    paris(day, "12:00"))
                .add("machineIds", Json.createArrayBuilder().addNull()));
    assertThat(fields(nullMachine)).containsExactly("machineIds[0]");
  }

  // --- Who may do what
  // ----------------------------------------------------------------------------

  @Test
  void onlyItsManufactureMovesAKnowHowElsewhere() {
    String a = fixtures.manufacture();
    Person managerOfA = fixtures.manager(a);
    Person artisanOfA = fixtures.artisan(a);
    String b = fixtures.manufacture();
    Person artisanOfB = fixtures.artisan(b);
    JsonObject entry =
        fixtures.knowHow(
            artisanOfA,
            knowHowBody("Savoir " + Fixtures.uniqueWord(), "METAL")
                .add("holderIds", Json.createArrayBuilder().add(artisanOfB.id())));
    String path = "/api/know-how/" + entry.getString("id");

    Api.Response taken =
        api.as(artisanOfB)
            .put(
                path,
                knowHowBody(entry.getString("title"), "METAL")
                    .add("manufactureId", b)
                    .add(
                        "holderIds",
                        Json.createArrayBuilder().add(artisanOfA.id()).add(artisanOfB.id()))
                    .add("version", entry.getJsonNumber("version").longValue())
                    .build());
    assertThat(taken.status()).as(taken.toString()).isEqualTo(403);
    assertThat(api.get(path).json().getJsonObject("manufacture").getString("id")).isEqualTo(a);

    // a holder of another manufacture may still edit the entry where it stands
    Api.Response edited =
        api.as(artisanOfB)
            .put(
                path,
                knowHowBody(entry.getString("title"), "METAL")
                    .add("summary", "Résumé revu")
                    .add(
                        "holderIds",
                        Json.createArrayBuilder().add(artisanOfA.id()).add(artisanOfB.id()))
                    .add("version", entry.getJsonNumber("version").longValue())
                    .build());
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(api.as(managerOfA).delete(path).status()).isEqualTo(204);
  }

  // --- The workshop -----------------------------------------------------------------------------

  @Test
  void openingHoursShrinkAndChangeAsTheyAreRewritten() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String path = "/api/manufactures/" + manufacture + "/opening-hours";
    assertThat(api.get(path).json().getJsonArray("periods")).hasSize(5);

    Api.Response fewer =
        api.as(manager)
            .put(
                path,
                Json.createObjectBuilder()
                    .add(
                        "periods",
                        Json.createArrayBuilder()
                            .add(period("MONDAY", "09:00", "18:00"))
                            .add(period("TUESDAY", "09:00", "12:00"))
                            .add(period("TUESDAY", "14:00", "18:00")))
                    .build());
    assertThat(fewer.status()).as(fewer.toString()).isEqualTo(200);
    assertThat(shown(api.get(path).json()))
        .containsExactly("MONDAY 09:00-18:00", "TUESDAY 09:00-12:00", "TUESDAY 14:00-18:00");

    // Monday closes earlier: the same opening time, another closing time
    Api.Response earlier =
        api.as(manager)
            .put(
                path,
                Json.createObjectBuilder()
                    .add(
                        "periods",
                        Json.createArrayBuilder()
                            .add(period("MONDAY", "09:00", "17:00"))
                            .add(period("TUESDAY", "09:00", "12:00")))
                    .build());
    assertThat(earlier.status()).as(earlier.toString()).isEqualTo(200);
    assertThat(shown(api.get(path).json()))
        .containsExactly("MONDAY 09:00-17:00", "TUESDAY 09:00-12:00");
  }

  @Test
  void aClosureDayClosedAgainKeepsOneRowWithTheNewReason() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String path = "/api/manufactures/" + manufacture + "/closures";
    String day = java.time.LocalDate.now().plusDays(20).toString();
    for (String reason : List.of("Inventaire", "Inventaire annuel")) {
      Api.Response closed =
          api.as(manager)
              .post(
                  path, Json.createObjectBuilder().add("date", day).add("reason", reason).build());
      assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    }
    JsonArray closures =
        api.get("/api/manufactures/" + manufacture + "/opening-hours")
            .json()
            .getJsonArray("closures");
    assertThat(closures).hasSize(1);
    assertThat(closures.getJsonObject(0).getString("reason")).isEqualTo("Inventaire annuel");
  }

  @Test
  void openingHoursRewrittenAtOnceEndAsOneOfTheRewrites() throws Exception {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String path = "/api/manufactures/" + manufacture + "/opening-hours";
    int writers = 8;
    List<List<String>> written = new ArrayList<>();
    List<Callable<Integer>> rewrites = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String closes = (10 + i) + ":00";
      written.add(List.of("MONDAY 09:00-" + closes, "WEDNESDAY 08:00-" + closes));
      JsonObject body =
          Json.createObjectBuilder()
              .add(
                  "periods",
                  Json.createArrayBuilder()
                      .add(period("MONDAY", "09:00", closes))
                      .add(period("WEDNESDAY", "08:00", closes)))
              .build();
      rewrites.add(() -> api.as(manager).put(path, body).status());
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (Future<Integer> answer : pool.invokeAll(rewrites)) {
        assertThat(answer.get()).isIn(200, 409);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(written).contains(shown(api.get(path).json()));
  }

  static JsonObject period(String day, String opens, String closes) {
    return Json.createObjectBuilder()
        .add("day", day)
        .add("opens", opens)
        .add("closes", closes)
        .build();
  }

  static List<String> shown(JsonObject hours) {
    return hours.getJsonArray("periods").stream()
        .map(JsonValue::asJsonObject)
        .map(
            p ->
                p.getString("day")
                    + " "
                    + p.getString("opens").substring(0, 5)
                    + "-"
                    + p.getString("closes").substring(0, 5))
        .toList();
  }

  // --- Headers and methods ----------------------------------------------------------------------

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (String path : new String[] {"/", "/login.xhtml", "/api/crafts", "/api/no-such-thing"}) {
      Api.Response answer = api.fetch(path, "*/*");
      String policy = answer.header("Content-Security-Policy");
      assertThat(policy).as(path).contains("default-src 'self'").contains("object-src 'none'");
      assertThat(policy).as(path).contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
      assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy"))
          .as(path)
          .isEqualTo("strict-origin-when-cross-origin");
    }
    String page = api.fetch("/login.xhtml", "text/html").header("Content-Security-Policy");
    assertThat(page).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'");
  }

  @Test
  void theSessionCookieStaysOnThisSite() throws Exception {
    HttpURLConnection page = (HttpURLConnection) new URL(url, "login.xhtml").openConnection();
    List<String> cookies = page.getHeaderFields().get("Set-Cookie");
    page.disconnect();
    assertThat(cookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void traceIsRefusedWithAProblemDocument() {
    Api.Response trace = api.send("TRACE", "/api/crafts", null);
    PlatformIT.assertProblem(trace, 405);
    assertThat(api.send("TRACE", "/login.xhtml", null).status()).isEqualTo(405);
  }

  @Test
  void aNulByteInAnAddressIsRefusedBeforeAnythingRuns() throws Exception {
    // refused by the HTTP layer itself (400, connection closed): the application never sees it
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/know-how/%00 HTTP/1.1\r\nHost: "
                  + url.getHost()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).startsWith("HTTP/1.1 4");
    }
  }

  @Test
  void problemsSpeakTheClientsLanguage() {
    Api french = api.header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
    Api.Response invalid = french.send("POST", "/api/accounts", "null");
    assertThat(invalid.json().getString("title")).isEqualTo("Demande invalide");
    assertThat(invalid.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("un objet JSON est attendu");
    Api.Response english =
        api.header("Accept-Language", "de-DE").send("POST", "/api/accounts", "null");
    assertThat(english.json().getString("title")).isEqualTo("Invalid request");
    assertThat(english.json().getString("type")).isEqualTo(invalid.json().getString("type"));
    Api.Response missing = french.get("/api/no-such-thing");
    assertThat(missing.json().getString("detail")).isEqualTo("Il n’y a rien à cette adresse.");
  }
}
