package fr.passeurs.certificate;

import static fr.passeurs.bench.BenchHttp.basic;
import static fr.passeurs.bench.BenchHttp.expect;
import static fr.passeurs.bench.BenchHttp.loadAverage;
import static fr.passeurs.bench.BenchHttp.read;
import static fr.passeurs.bench.BenchHttp.requireFreePort;

import fr.passeurs.bench.BenchClient;
import fr.passeurs.bench.BenchDatabase;
import fr.passeurs.bench.BenchServer;
import fr.passeurs.bench.Load;
import fr.passeurs.certificate.core.CertificatePdf;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Certificates end to end, on a real server and database: one batch issues 1,000 certificates (a
 * signed Open Badges credential and a PDF each), then the verification endpoint is put under load.
 *
 * <p>The data is written straight into a fresh database with JDBC, after Flyway has made the
 * schema: one manufacture with its manager, a trainer with five know-how entries, 50 sessions of a
 * one-day training on past weekdays (a morning and an afternoon of 3 h 30 each), 20 confirmed
 * participants in each (1,000 distinct apprentices), an attendance entry for every participant and
 * half-day — mostly present, some late, absent or excused for one half-day, a few corrected by a
 * second entry — and the trainer's signature on every half-day, so that every register is closed.
 * Written with JDBC, the closings fire no event: no certificate exists before the batch. (The
 * sessions hold no reservation of the calendar: nothing of the certificates reads it.)
 *
 * <p>Then the server starts on that database and the manager, through REST (HTTP Basic), asks for
 * one batch over the manufacture's whole period, and follows it every 250 ms. Timed: from the
 * request to the answer that says {@code DONE}. The result is checked in the database: exactly one
 * certificate per participant and session, of the kind and with the time attended that the register
 * gives, each with its PDF (whose SHA-256 is the one stored and which carries the credential) and
 * its credential, each with a status index of its own.
 *
 * <p>Last, the verification endpoint: the manager downloads the credentials and PDFs of 200
 * certificates and revokes 10 of them through the API; after a warm-up, {@code bench.requests}
 * (2,000) JSON checks from 1 client, as many from 4 clients, then 200 checks of the PDFs: requests
 * per second, p50, p95 and p99. Every answer must be {@code VALID}, or {@code REVOKED} for a
 * revoked one, about the certificate sent: any other is printed, and the run exits with 1.
 *
 * <p>{@code mvn -Pbench package -Dbench=fr.passeurs.certificate.CertificateBatchBenchmark
 * [-Dbench.db=mariadb] [-Dbench.certificates=1000] [-Dbench.requests=2000]
 * [-Dbench.seed=20261127]}. Timings are printed, never asserted; so is the load average, the
 * machine being shared.
 */
public final class CertificateBatchBenchmark {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final int PER_SESSION = 20;
  private static final int KNOW_HOW = 5;
  private static final int PORT = 8098;
  private static final int SAMPLE = 200;
  private static final int REVOKED_EVERY = 20;
  private static final int WARM_UP = 300;
  private static final int PDF_CHECKS = 200;
  private static final String ADMIN = "admin@bench.passeurs.fr";
  private static final String MANAGER = "gerance@bench.passeurs.fr";
  private static final String PASSWORD = "bench-password-1";
  private static final String COMPLETION = "CERTIFICATE_OF_COMPLETION";
  private static final String ATTENDANCE = "ATTESTATION_OF_ATTENDANCE";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final Random random;
  private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);

  private CertificateBatchBenchmark(long seed) {
    this.random = new Random(seed);
  }

  /** What the register of one participant in one session gives: the certificate to expect. */
  private record Expected(String kind, int attendedMinutes) {}

  /** The data written: whose batch to ask for, over which days, and what it must issue. */
  private record Plan(
      String manufactureId, LocalDate from, LocalDate to, Map<String, Expected> expected) {}

  /** A certificate of the sample whose checks are timed. */
  private record Sample(String code, String credential, byte[] pdf, String expected) {}

  /** The batch as its last progress said, and how long it took. */
  private record Batch(long millis, JsonObject view) {}

  public static void main(String[] args) throws Exception {
    int certificates = Integer.getInteger("bench.certificates", 1_000);
    int requests = Integer.getInteger("bench.requests", 2_000);
    long seed = Long.getLong("bench.seed", 20_261_127L);
    if (certificates < PER_SESSION * 2 || certificates % PER_SESSION != 0) {
      throw new IllegalArgumentException(
          "bench.certificates: a multiple of " + PER_SESSION + ", at least " + 2 * PER_SESSION);
    }
    int sessions = certificates / PER_SESSION;
    // H2: the server opens the file first and serves it to the benchmark's checks
    BenchDatabase database = BenchDatabase.fromSystemProperties("h2-certificates").shared();
    double loadAtStart = loadAverage();
    System.out.printf(
        "Certificate batch benchmark on %s: %d sessions x %d participants = %,d certificates,"
            + " %,d checks per run, seed %d; %d processors, load average %.2f%n",
        database.kind(),
        sessions,
        PER_SESSION,
        certificates,
        requests,
        seed,
        Runtime.getRuntime().availableProcessors(),
        loadAtStart);
    requireFreePort(PORT);

    long start = System.nanoTime();
    database.recreate();
    Plan plan = new CertificateBatchBenchmark(seed).load(database, sessions);
    if (database.isH2()) {
      database.compact();
    }
    System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);

    Map<String, String> properties =
        new java.util.HashMap<>(BenchClient.serverProperties(ADMIN, PASSWORD));
    properties.put("passeurs.public-url", "http://localhost:" + PORT + "/");
    List<String> problems = new ArrayList<>();
    List<Load.Result> results = new ArrayList<>();
    Batch batch;
    double loadBeforeBatch;
    start = System.nanoTime();
    try (BenchServer server = BenchServer.start(database, PORT, properties)) {
      String base = server.base();
      System.out.printf("Server started in %.0f s%n", (System.nanoTime() - start) / 1e9);
      expect(send(request(base, "GET", "/api/me", null)), 200); // the manager's login, remembered

      loadBeforeBatch = loadAverage();
      System.out.printf(
          "%nBatch of %,d certificates for %s .. %s, load average %.2f%n",
          certificates, plan.from(), plan.to(), loadBeforeBatch);
      batch = runBatch(base, plan);
      JsonObject view = batch.view();
      System.out.printf(
          "  %s in %,d ms: %d of %d sessions done, %d failed, %,d certificates issued; %.1f"
              + " certificates/s%n",
          view.getString("state"),
          batch.millis(),
          view.getInt("done"),
          view.getInt("total"),
          view.getInt("failed"),
          view.getInt("issued"),
          view.getInt("issued") * 1000.0 / batch.millis());
      if (view.get("errorSummary") instanceof jakarta.json.JsonString error) {
        problems.add("batch errors: " + error.getString());
      }
      if (view.getInt("failed") != 0 || view.getInt("done") != sessions) {
        problems.add(
            "batch: "
                + view.getInt("done")
                + " sessions done and "
                + view.getInt("failed")
                + " failed of "
                + sessions);
      }
      if (view.getInt("issued") != certificates) {
        problems.add("batch: " + view.getInt("issued") + " issued, not " + certificates);
      }
      start = System.nanoTime();
      List<String> found = checkIssued(database, plan, certificates);
      found.forEach(p -> System.out.println("  CHECK FAILED: " + p));
      problems.addAll(found);
      System.out.printf(
          "  checked in the database in %.1f s: %s%n",
          (System.nanoTime() - start) / 1e9, found.isEmpty() ? "all as expected" : "PROBLEMS");

      System.out.printf(
          "%nVerification: a sample of certificates, one in %d of them revoked first%n",
          REVOKED_EVERY);
      List<Sample> sample = sample(base, database, problems);
      results.addAll(measureVerification(base, sample, requests, problems));
    }
    summarize(database, certificates, batch, loadAtStart, loadBeforeBatch, results, problems);
    if (!problems.isEmpty()) {
      System.exit(1);
    }
  }

  // --- the batch ---------------------------------------------------------------------------------

  /** Asks for the batch, then follows it every 250 ms until it is no longer queued or running. */
  private static Batch runBatch(String base, Plan plan) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("manufactureId", plan.manufactureId())
            .add("from", plan.from().toString())
            .add("to", plan.to().toString())
            .build()
            .toString();
    long start = System.nanoTime();
    HttpResponse<String> accepted =
        expect(send(request(base, "POST", "/api/certificate-batches", body)), 202);
    String location =
        accepted
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new IllegalStateException("No Location for the batch"));
    String path = URI.create(location).getPath();
    String shown = "";
    JsonObject view;
    while (true) {
      view = read(expect(send(request(base, "GET", path, null)), 200));
      long at = (System.nanoTime() - start) / 1_000_000;
      String state = view.getString("state");
      String progress =
          String.format(
              "%s, %d/%d sessions, %d failed, %,d certificates",
              state,
              view.getInt("done"),
              view.getInt("total"),
              view.getInt("failed"),
              view.getInt("issued"));
      if (!progress.equals(shown)) {
        System.out.printf("  %6.1f s  %s%n", at / 1000.0, progress);
        shown = progress;
      }
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        break;
      }
      if (at > 1_800_000) {
        throw new IllegalStateException("The batch did not end within 30 minutes: " + view);
      }
      Thread.sleep(250);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!view.getString("state").equals("DONE")) {
      // thrown, so that the server is stopped on the way out, and the run fails
      throw new IllegalStateException("The batch ended " + view);
    }
    return new Batch(millis, view);
  }

  /**
   * The certificates in the database: exactly one per participant and session, of the kind and time
   * attended that the register gives, each whole (PDF, its SHA-256, the credential it carries),
   * each with a status index of its own.
   */
  private static List<String> checkIssued(BenchDatabase database, Plan plan, int certificates)
      throws Exception {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> indexes = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<String> kids = new HashSet<>();
    Map<String, Integer> kinds = new HashMap<>();
    int rows = 0;
    int wrong = 0;
    try (Connection db = served(database);
        Statement sql = db.createStatement();
        ResultSet row =
            sql.executeQuery(
                "SELECT code, kind, subject_type, subject_id, recipient_id, attended_minutes,"
                    + " planned_minutes, credential, pdf, pdf_sha256, status_list, status_index,"
                    + " live_key, revoked_at, kid FROM certificate")) {
      while (row.next()) {
        rows++;
        String code = row.getString(1);
        String kind = row.getString(2);
        String key = row.getString(4) + "/" + row.getString(5);
        String credential = row.getString(8);
        byte[] pdf = row.getBytes(9);
        List<String> wrongs = new ArrayList<>();
        Expected expected = plan.expected().get(key);
        if (!row.getString(3).equals("TRAINING_SESSION") || expected == null) {
          wrongs.add("not a participant of a session of the bench");
        } else {
          if (!kind.equals(expected.kind())) {
            wrongs.add(kind + " instead of " + expected.kind());
          }
          if (row.getInt(6) != expected.attendedMinutes() || row.getInt(7) != 420) {
            wrongs.add(
                row.getInt(6)
                    + " of "
                    + row.getInt(7)
                    + " min instead of "
                    + expected.attendedMinutes()
                    + " of 420");
          }
        }
        if (!seen.add(key)) {
          wrongs.add("a second certificate of " + key);
        }
        if (!codes.add(code)) {
          wrongs.add("its code twice");
        }
        if (!indexes.add(row.getInt(11) + ":" + row.getInt(12))) {
          wrongs.add("status index " + row.getInt(11) + ":" + row.getInt(12) + " twice");
        }
        if (credential == null || credential.split("\\.", -1).length != 3) {
          wrongs.add("no credential");
        }
        if (pdf == null || pdf.length < 1_000) {
          wrongs.add("no PDF");
        } else {
          if (!CertificateService.sha256(pdf).equals(row.getString(10))) {
            wrongs.add("a PDF whose SHA-256 is not the one stored");
          }
          if (!CertificatePdf.credentialOf(pdf).map(c -> c.equals(credential)).orElse(false)) {
            wrongs.add("a PDF that does not carry its credential");
          }
        }
        if (row.getString(13) == null || row.getObject(14) != null) {
          wrongs.add("not valid");
        }
        kids.add(row.getString(15));
        kinds.merge(kind, 1, Integer::sum);
        if (!wrongs.isEmpty() && ++wrong <= 10) {
          problems.add("certificate " + code + ": " + String.join(", ", wrongs));
        }
      }
    }
    if (wrong > 10) {
      problems.add((wrong - 10) + " more certificates wrong");
    }
    if (rows != certificates) {
      problems.add(rows + " certificates, not " + certificates);
    }
    Set<String> missing = new HashSet<>(plan.expected().keySet());
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      problems.add(
          missing.size()
              + " participants without a certificate, e.g. "
              + missing.stream().findFirst().get());
    }
    if (kids.size() != 1) {
      problems.add("signed with " + kids.size() + " keys");
    }
    long completion =
        plan.expected().values().stream().filter(e -> e.kind().equals(COMPLETION)).count();
    System.out.printf(
        "  %,d certificates: %,d of completion, %,d of attendance (expected %,d and %,d),"
            + " %,d distinct status indexes%n",
        rows,
        kinds.getOrDefault(COMPLETION, 0),
        kinds.getOrDefault(ATTENDANCE, 0),
        completion,
        plan.expected().size() - completion,
        indexes.size());
    return problems;
  }

  // --- verification ------------------------------------------------------------------------------

  /**
   * The credentials and PDFs of 200 certificates, as their manager downloads them; one in twenty
   * revoked through the API.
   */
  private static List<Sample> sample(String base, BenchDatabase database, List<String> problems)
      throws Exception {
    List<String> codes = new ArrayList<>();
    try (Connection db = served(database);
        Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery("SELECT code FROM certificate ORDER BY code")) {
      while (row.next()) {
        codes.add(row.getString(1));
      }
    }
    // spread over the whole batch, the same ones for the same data
    Collections.shuffle(codes, new Random(codes.size()));
    List<Sample> sample = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < Math.min(SAMPLE, codes.size()); i++) {
      String code = codes.get(i);
      HttpResponse<String> credential =
          expect(
              send(request(base, "GET", "/api/certificates/" + code + "/credential", null)), 200);
      HttpResponse<byte[]> pdf =
          HTTP.send(
              authorized(base, "/api/certificates/" + code + "/pdf")
                  .header("Accept", "application/pdf")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (pdf.statusCode() != 200) {
        throw new IllegalStateException("PDF of " + code + " -> " + pdf.statusCode());
      }
      String expected = "VALID";
      if (i % REVOKED_EVERY == REVOKED_EVERY - 1) {
        JsonObject verdict =
            read(
                expect(
                    send(
                        request(
                            base,
                            "POST",
                            "/api/certificates/" + code + "/revocation",
                            Json.createObjectBuilder()
                                .add("reason", "Banc d'essai : révoqué pour la vérification")
                                .build()
                                .toString())),
                    200));
        expected = "REVOKED";
        if (!verdict.getString("outcome").equals(expected)) {
          problems.add("revocation of " + code + " answered " + verdict);
        }
      }
      sample.add(new Sample(code, credential.body().strip(), pdf.body(), expected));
    }
    System.out.printf(
        "  %d credentials and PDFs downloaded, %d revoked, in %.1f s%n",
        sample.size(),
        sample.stream().filter(s -> s.expected().equals("REVOKED")).count(),
        (System.nanoTime() - start) / 1e9);
    return sample;
  }

  private static List<Load.Result> measureVerification(
      String base, List<Sample> sample, int requests, List<String> problems) throws Exception {
    URI verify = URI.create(base + "/api/certificates/verify");
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    java.util.function.IntFunction<HttpRequest> json =
        i ->
            HttpRequest.newBuilder(verify)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("credential", sample.get(i % sample.size()).credential())
                            .build()
                            .toString()))
                .build();
    java.util.function.IntFunction<HttpRequest> pdf =
        i ->
            HttpRequest.newBuilder(verify)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/pdf")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample.get(i % sample.size()).pdf()))
                .build();
    Load.Check check =
        (i, response) -> {
          Sample expected = sample.get(i % sample.size());
          boolean right;
          try {
            JsonObject verdict = read(response);
            right =
                verdict.getString("outcome", "").equals(expected.expected())
                    && verdict.get("certificate") instanceof JsonObject
                    && verdict
                        .getJsonObject("certificate")
                        .getString("code")
                        .equals(expected.code());
          } catch (RuntimeException notAVerdict) {
            right = false;
          }
          if (!right) {
            mismatches.add(expected.code() + " (" + expected.expected() + "): " + response.body());
          }
          return right;
        };
    Load.run("warm-up", WARM_UP, 2, 200, json, check);
    Load.run("warm-up", WARM_UP / 6, 2, 200, pdf, check);
    List<Load.Result> results = new ArrayList<>();
    results.add(Load.run("verify, JSON credential, 1 client", requests, 1, 200, json, check));
    printLast(results);
    results.add(Load.run("verify, JSON credential, 4 clients", requests, 4, 200, json, check));
    printLast(results);
    results.add(Load.run("verify, PDF, 1 client", PDF_CHECKS, 1, 200, pdf, check));
    printLast(results);
    if (!mismatches.isEmpty()) {
      System.out.printf("  %d answers not as expected:%n", mismatches.size());
      mismatches.stream().limit(20).forEach(m -> System.out.println("    " + m));
      problems.add(mismatches.size() + " verification answers not as expected");
    }
    for (Load.Result result : results) {
      if (result.errors() > 0) {
        problems.add(result.name() + ": " + result.errors() + " errors");
      }
    }
    return results;
  }

  private static void printLast(List<Load.Result> results) {
    Load.Result last = results.get(results.size() - 1);
    System.out.printf(
        "  %s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors; load average %.2f%n",
        last.name(),
        last.perSecond(),
        last.percentileMillis(50),
        last.percentileMillis(95),
        last.percentileMillis(99),
        last.errors(),
        loadAverage());
  }

  private static void summarize(
      BenchDatabase database,
      int certificates,
      Batch batch,
      double loadAtStart,
      double loadBeforeBatch,
      List<Load.Result> results,
      List<String> problems) {
    System.out.printf(
        "%nSummary on %s, %d processors; load average %.2f at start, %.2f before the batch, %.2f"
            + " at the end%n",
        database.kind(),
        Runtime.getRuntime().availableProcessors(),
        loadAtStart,
        loadBeforeBatch,
        loadAverage());
    System.out.printf(
        "  batch of %,d certificates (credential + PDF): %,.1f s from the request to DONE, %.1f"
            + " certificates/s; %,d issued, %d sessions failed%n",
        certificates,
        batch.millis() / 1000.0,
        batch.view().getInt("issued") * 1000.0 / batch.millis(),
        batch.view().getInt("issued"),
        batch.view().getInt("failed"));
    System.out.println("  " + Load.Result.header());
    results.forEach(r -> System.out.println("  " + r.line()));
    if (problems.isEmpty()) {
      System.out.println("  every check passed");
    } else {
      System.out.println("  CHECKS FAILED:");
      problems.forEach(p -> System.out.println("    " + p));
    }
  }

  /** A connection to the database while the server has it (H2: through the server's process). */
  private static Connection served(BenchDatabase database) throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  // --- the data ----------------------------------------------------------------------------------

  private Plan load(BenchDatabase database, int sessions) throws Exception {
    try (Connection db = database.connect()) {
      db.setAutoCommit(false);
      List<String> crafts = new ArrayList<>();
      List<String> domains = new ArrayList<>();
      try (Statement sql = db.createStatement();
          ResultSet rows = sql.executeQuery("SELECT code, domain FROM craft ORDER BY code")) {
        while (rows.next()) {
          crafts.add(rows.getString(1));
          domains.add(rows.getString(2));
        }
      }
      String manufacture = id();
      try (PreparedStatement insert =
              db.prepareStatement(
                  "INSERT INTO manufacture (id, name, street, postal_code, city, region, latitude,"
                      + " longitude, description, created_at, version)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,0)");
          PreparedStatement opening =
              db.prepareStatement(
                  "INSERT INTO opening_period (manufacture_id, weekday, opens, closes)"
                      + " VALUES (?,?,?,?)")) {
        insert.setString(1, manufacture);
        insert.setString(2, "Manufacture des Passeurs d'Aubusson");
        insert.setString(3, "12 rue des Tapissiers");
        insert.setString(4, "23200");
        insert.setString(5, "Aubusson");
        insert.setString(6, "NOUVELLE_AQUITAINE");
        insert.setDouble(7, 45.956);
        insert.setDouble(8, 2.168);
        insert.setString(9, "Ateliers partagés de tapisserie, d'ébénisterie et de ferronnerie.");
        insert.setObject(10, now);
        insert.executeUpdate();
        for (int day = 1; day <= 5; day++) {
          opening.setString(1, manufacture);
          opening.setInt(2, day);
          opening.setObject(3, LocalTime.of(9, 0));
          opening.setObject(4, LocalTime.of(18, 0));
          opening.addBatch();
        }
        opening.executeBatch();
      }
      String trainer = id();
      String room = id();
      List<String> apprentices = new ArrayList<>();
      try (PreparedStatement account =
              db.prepareStatement(
                  "INSERT INTO account (id, email, email_normalized, display_name, password_hash,"
                      + " status, manufacture_id, created_at, activated_at, birth_date, version)"
                      + " VALUES (?,?,?,?,?,'ACTIVE',?,?,?,?,0)");
          PreparedStatement role =
              db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?,?)")) {
        addAccount(
            account,
            role,
            id(),
            MANAGER,
            "Gérance des Passeurs",
            hash(PASSWORD),
            manufacture,
            null,
            "MANAGER");
        addAccount(
            account,
            role,
            trainer,
            "formatrice@bench.passeurs.fr",
            "Hélène Lissière",
            "PBKDF2WithHmacSHA256:1024:bench:no-password",
            manufacture,
            null,
            "ARTISAN");
        for (int a = 0; a < sessions * PER_SESSION; a++) {
          String id = id();
          apprentices.add(id);
          addAccount(
              account,
              role,
              id,
              "apprenti" + a + "@bench.passeurs.fr",
              "Apprenti·e n° " + (a + 1),
              "PBKDF2WithHmacSHA256:1024:bench:no-password",
              null,
              now.toLocalDate().minusYears(18 + random.nextInt(30)).minusDays(random.nextInt(365)),
              "APPRENTICE");
          if (a % 500 == 499) {
            account.executeBatch();
            role.executeBatch();
          }
        }
        account.executeBatch();
        role.executeBatch();
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO room (id, manufacture_id, name, capacity, wheelchair_accessible,"
                  + " created_at, version) VALUES (?,?,?,?,TRUE,?,0)")) {
        insert.setString(1, room);
        insert.setString(2, manufacture);
        insert.setString(3, "Grand atelier");
        insert.setInt(4, 24);
        insert.setObject(5, now);
        insert.executeUpdate();
      }
      List<String> knowHow = new ArrayList<>();
      List<String> trainings = new ArrayList<>();
      try (PreparedStatement entry =
              db.prepareStatement(
                  "INSERT INTO know_how (id, title, summary, description, domain, craft_code,"
                      + " region, manufacture_id, latitude, longitude, trained_outside,"
                      + " trained_on_platform, holder_count, rarity, rarity_rank, archived,"
                      + " created_by, created_at, updated_at, version)"
                      + " VALUES (?,?,?,?,?,?,'NOUVELLE_AQUITAINE',?,45.956,2.168,FALSE,TRUE,1,"
                      + "'VULNERABLE',2,FALSE,?,?,?,0)");
          PreparedStatement holder =
              db.prepareStatement(
                  "INSERT INTO know_how_holder (know_how_id, account_id) VALUES (?,?)");
          PreparedStatement training =
              db.prepareStatement(
                  "INSERT INTO training (id, artisan_id, manufacture_id, know_how_id, title,"
                      + " objectives, level, duration_hours, min_participants, max_participants,"
                      + " minimum_age, price_cents, min_attendance_percent, created_at,"
                      + " updated_at, version)"
                      + " VALUES (?,?,?,?,?,?,'BEGINNER',7,4,?,NULL,0,80,?,?,0)")) {
        for (int k = 0; k < KNOW_HOW; k++) {
          int c = random.nextInt(crafts.size());
          String id = id();
          knowHow.add(id);
          entry.setString(1, id);
          entry.setString(2, "Savoir-faire n° " + (k + 1) + " de l'atelier");
          entry.setString(3, "Un geste transmis d'atelier en atelier.");
          entry.setString(4, "Décrit par la formatrice, pas à pas.");
          entry.setString(5, domains.get(c));
          entry.setString(6, crafts.get(c));
          entry.setString(7, manufacture);
          entry.setString(8, trainer);
          entry.setObject(9, now);
          entry.setObject(10, now);
          entry.addBatch();
          holder.setString(1, id);
          holder.setString(2, trainer);
          holder.addBatch();
          String t = id();
          trainings.add(t);
          training.setString(1, t);
          training.setString(2, trainer);
          training.setString(3, manufacture);
          training.setString(4, id);
          training.setString(5, "Journée d'initiation n° " + (k + 1));
          training.setString(6, "Découvrir le geste, ses outils et sa matière en une journée.");
          training.setInt(7, PER_SESSION);
          training.setObject(8, now);
          training.setObject(9, now);
          training.addBatch();
        }
        entry.executeBatch();
        holder.executeBatch();
        training.executeBatch();
      }
      Map<String, Expected> expected = new HashMap<>();
      List<LocalDate> days = new ArrayList<>();
      LocalDate day = LocalDate.now(PARIS).minusDays(7);
      while (days.size() < sessions) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          days.add(day);
        }
        day = day.minusDays(1);
      }
      Collections.reverse(days);
      int[] statuses = new int[4];
      try (PreparedStatement session =
              db.prepareStatement(
                  "INSERT INTO training_session (id, training_id, artisan_id, manufacture_id,"
                      + " know_how_id, title, room_id, seats, enrolment_deadline, starts_at,"
                      + " ends_at, status, cancel_reason, enrolment_closed, confirmed_count,"
                      + " queue_counter, latitude, longitude, created_at, version)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,'SCHEDULED',NULL,TRUE,?,0,45.956,2.168,?,0)");
          PreparedStatement slot =
              db.prepareStatement(
                  "INSERT INTO session_slot (session_id, seq, starts_at, ends_at) VALUES (?,?,?,?)");
          PreparedStatement enrolment =
              db.prepareStatement(
                  "INSERT INTO enrolment (id, session_id, apprentice_id, status, queue_number,"
                      + " created_at, confirmed_at, cancelled_at, version)"
                      + " VALUES (?,?,?,'CONFIRMED',NULL,?,?,NULL,0)");
          PreparedStatement entry =
              db.prepareStatement(
                  "INSERT INTO attendance_entry (id, session_id, slot, participant_id, seq, status,"
                      + " late_minutes, remark, entered_by, entered_at, entered_from)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,'192.0.2.10')");
          PreparedStatement signature =
              db.prepareStatement(
                  "INSERT INTO attendance_signature (id, session_id, slot, signer_id, role,"
                      + " method, signed_at, signed_from) VALUES (?,?,?,?,?,?,?,'192.0.2.10')")) {
        for (int s = 0; s < sessions; s++) {
          String id = id();
          int k = s % KNOW_HOW;
          LocalDate on = days.get(s);
          LocalDateTime[][] halfDays = {
            {utc(on, 9, 0), utc(on, 12, 30)}, {utc(on, 13, 30), utc(on, 17, 0)}
          };
          LocalDateTime opened = utc(on.minusDays(30), 10, 0);
          session.setString(1, id);
          session.setString(2, trainings.get(k));
          session.setString(3, trainer);
          session.setString(4, manufacture);
          session.setString(5, knowHow.get(k));
          session.setString(6, "Journée d'initiation n° " + (k + 1));
          session.setString(7, room);
          session.setInt(8, PER_SESSION);
          session.setObject(9, utc(on.minusDays(1), 18, 0));
          session.setObject(10, halfDays[0][0]);
          session.setObject(11, halfDays[1][1]);
          session.setInt(12, PER_SESSION);
          session.setObject(13, opened);
          session.addBatch();
          for (int h = 0; h < 2; h++) {
            slot.setString(1, id);
            slot.setInt(2, h);
            slot.setObject(3, halfDays[h][0]);
            slot.setObject(4, halfDays[h][1]);
            slot.addBatch();
          }
          for (int p = 0; p < PER_SESSION; p++) {
            String apprentice = apprentices.get(s * PER_SESSION + p);
            LocalDateTime enrolled = opened.plusMinutes(7L * p + 1);
            enrolment.setString(1, id());
            enrolment.setString(2, id);
            enrolment.setString(3, apprentice);
            enrolment.setObject(4, enrolled);
            enrolment.setObject(5, enrolled);
            enrolment.addBatch();
            int attended = 0;
            for (int h = 0; h < 2; h++) {
              String[] status = attendance(h, statuses);
              int lateMinutes = status[0].equals("LATE") ? Integer.parseInt(status[1]) : 0;
              LocalDateTime entered = halfDays[h][0].plusMinutes(5 + p);
              if (random.nextInt(40) == 0) {
                // recorded absent at first, then corrected: only the second entry counts
                addEntry(entry, id, h, apprentice, 1, "ABSENT", 0, "", trainer, entered);
                addEntry(
                    entry,
                    id,
                    h,
                    apprentice,
                    2,
                    status[0],
                    lateMinutes,
                    "Corrigé après l'appel",
                    trainer,
                    entered.plusMinutes(40));
              } else {
                addEntry(entry, id, h, apprentice, 1, status[0], lateMinutes, "", trainer, entered);
              }
              if (status[0].equals("PRESENT") || status[0].equals("LATE")) {
                attended += 210 - lateMinutes;
                addSignature(
                    signature, id, h, apprentice, "PARTICIPANT", "SELF", entered.plusMinutes(1));
              }
            }
            expected.put(
                id + "/" + apprentice,
                new Expected(attended >= 336 ? COMPLETION : ATTENDANCE, attended));
          }
          for (int h = 0; h < 2; h++) {
            addSignature(signature, id, h, trainer, "TRAINER", "TRAINER", halfDays[h][1]);
          }
          if (s % 10 == 9) {
            session.executeBatch();
            slot.executeBatch();
            enrolment.executeBatch();
            entry.executeBatch();
            signature.executeBatch();
          }
        }
        session.executeBatch();
        slot.executeBatch();
        enrolment.executeBatch();
        entry.executeBatch();
        signature.executeBatch();
      }
      db.commit();
      try (Statement sql = db.createStatement()) {
        if (database.isH2()) {
          sql.execute("ANALYZE");
        } else {
          sql.execute(
              "ANALYZE TABLE account, account_role, training_session, session_slot, enrolment,"
                  + " attendance_entry, attendance_signature");
        }
      }
      db.commit();
      long completion = expected.values().stream().filter(e -> e.kind().equals(COMPLETION)).count();
      System.out.printf(
          "  1 manufacture, its manager and a trainer; %d sessions on %s .. %s, %,d participants;"
              + " half-days present %,d, late %,d, excused %,d, absent %,d; %,d certificates of"
              + " completion and %,d of attendance to issue%n",
          sessions,
          days.get(0),
          days.get(days.size() - 1),
          expected.size(),
          statuses[0],
          statuses[1],
          statuses[2],
          statuses[3],
          completion,
          expected.size() - completion);
      return new Plan(manufacture, days.get(0), days.get(days.size() - 1), expected);
    }
  }

  /**
   * A participant's attendance of a half-day: mostly present, sometimes late; absent or excused on
   * the afternoon only, so that everyone attended some time and earns a certificate.
   */
  private String[] attendance(int halfDay, int[] statuses) {
    int u = random.nextInt(100);
    if (u < 8) {
      statuses[1]++;
      // now and then late enough to fall under the 80 % of the day
      int minutes = random.nextInt(10) == 0 ? 90 + random.nextInt(60) : 5 + random.nextInt(40);
      return new String[] {"LATE", Integer.toString(minutes)};
    }
    if (halfDay == 1 && u < 12) {
      statuses[2]++;
      return new String[] {"EXCUSED", null};
    }
    if (halfDay == 1 && u < 20) {
      statuses[3]++;
      return new String[] {"ABSENT", null};
    }
    statuses[0]++;
    return new String[] {"PRESENT", null};
  }

  private void addEntry(
      PreparedStatement entry,
      String session,
      int slot,
      String participant,
      int seq,
      String status,
      int lateMinutes,
      String remark,
      String by,
      LocalDateTime at)
      throws SQLException {
    entry.setString(1, id());
    entry.setString(2, session);
    entry.setInt(3, slot);
    entry.setString(4, participant);
    entry.setInt(5, seq);
    entry.setString(6, status);
    if (status.equals("LATE")) {
      entry.setInt(7, lateMinutes);
    } else {
      entry.setNull(7, java.sql.Types.INTEGER);
    }
    entry.setString(8, remark);
    entry.setString(9, by);
    entry.setObject(10, at);
    entry.addBatch();
  }

  private void addSignature(
      PreparedStatement signature,
      String session,
      int slot,
      String signer,
      String role,
      String method,
      LocalDateTime at)
      throws SQLException {
    signature.setString(1, id());
    signature.setString(2, session);
    signature.setInt(3, slot);
    signature.setString(4, signer);
    signature.setString(5, role);
    signature.setString(6, method);
    signature.setObject(7, at);
    signature.addBatch();
  }

  private void addAccount(
      PreparedStatement account,
      PreparedStatement role,
      String id,
      String email,
      String name,
      String passwordHash,
      String manufactureId,
      LocalDate birthDate,
      String roleName)
      throws SQLException {
    account.setString(1, id);
    account.setString(2, email);
    account.setString(3, email);
    account.setString(4, name);
    account.setString(5, passwordHash);
    account.setString(6, manufactureId);
    account.setObject(7, now);
    account.setObject(8, now);
    if (birthDate == null) {
      account.setNull(9, java.sql.Types.DATE);
    } else {
      account.setObject(9, birthDate);
    }
    account.addBatch();
    role.setString(1, id);
    role.setString(2, roleName);
    role.addBatch();
  }

  /**
   * A password hash as the server writes it (Jakarta Security's PBKDF2 with HMAC-SHA-256, 1,024
   * iterations, 32 bytes of salt and of key): the manager logs in with it.
   */
  private static String hash(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    byte[] key =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1024, 256))
            .getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:1024:"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(key);
  }

  /** That time of that day in Paris, as the database holds it (UTC). */
  private static LocalDateTime utc(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute)
        .atZone(PARIS)
        .withZoneSameInstant(ZoneOffset.UTC)
        .toLocalDateTime();
  }

  /** A random (version 4) UUID from the bench's seeded generator: the same data on every run. */
  private String id() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  // --- HTTP --------------------------------------------------------------------------------------

  private static HttpRequest.Builder authorized(String base, String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(MANAGER, PASSWORD));
  }

  /** A request of the manager's. */
  private static HttpRequest request(String base, String method, String path, String json) {
    HttpRequest.Builder builder = authorized(base, path).header("Accept", "*/*");
    if (json == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
