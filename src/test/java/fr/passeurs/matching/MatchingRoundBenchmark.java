package fr.passeurs.matching;

import static fr.passeurs.bench.BenchHttp.basic;
import static fr.passeurs.bench.BenchHttp.expect;
import static fr.passeurs.bench.BenchHttp.loadAverage;
import static fr.passeurs.bench.BenchHttp.read;
import static fr.passeurs.bench.BenchHttp.requireFreePort;

import fr.passeurs.bench.BenchClient;
import fr.passeurs.bench.BenchDatabase;
import fr.passeurs.bench.BenchServer;
import fr.passeurs.catalogue.Rarity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole matching round, end to end, on a real server and database: 10,000 apprentices who each
 * rank 10 of 1,000 offers (1 to 5 places; a few offers wanted by many, most by few), half of the
 * masters having ranked their applicants. The data is written straight into a fresh database with
 * JDBC; then the server starts on it, and the admin runs a platform-wide round through REST and
 * follows it until it is done. Timed: from the request that starts the round to the answer that
 * says it is done (load, match, save all or nothing, notify), with the phases the server logs. The
 * result of each round is checked in the database, then deleted, and the next round runs on the
 * same data with the same seed: first the round right after the server started (its code and the
 * database's pages are cold), then {@code bench.rounds} more.
 *
 * <p>{@code mvn -Pbench package -Dbench=fr.passeurs.matching.MatchingRoundBenchmark
 * [-Dbench.db=mariadb] [-Dbench.rounds=3] [-Dbench.seed=20261127]}. The target: the whole round
 * under 5 s.
 */
public final class MatchingRoundBenchmark {

  private static final int MANUFACTURES = 50;
  private static final int OFFERS = 1_000;
  private static final int APPRENTICES = 10_000;
  private static final int CHOICES = 10;
  private static final double ZIPF_EXPONENT = 1.0;
  private static final long TARGET_MILLIS = 5_000;
  private static final int PORT = 8097;
  private static final String ADMIN = "admin@bench.passeurs.fr";
  private static final String PASSWORD = "bench-password-1";
  private static final String[] LEVELS = {"NOVICE", "BEGINNER", "INTERMEDIATE", "ADVANCED"};
  private static final String[] REGIONS = {
    "AUVERGNE_RHONE_ALPES",
    "BOURGOGNE_FRANCHE_COMTE",
    "BRETAGNE",
    "CENTRE_VAL_DE_LOIRE",
    "GRAND_EST",
    "HAUTS_DE_FRANCE",
    "ILE_DE_FRANCE",
    "NORMANDIE",
    "NOUVELLE_AQUITAINE",
    "OCCITANIE",
    "PAYS_DE_LA_LOIRE",
    "PROVENCE_ALPES_COTE_D_AZUR"
  };
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Pattern LOGGED =
      Pattern.compile(
          ": (\\d+) applicants, (\\d+) offers, (\\d+) matched; load (\\d+) ms, match (\\d+) ms,"
              + " save and notify (\\d+) ms");

  private final Random random;
  private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
  private final LocalDate today = now.toLocalDate();

  private MatchingRoundBenchmark(long seed) {
    this.random = new Random(seed);
  }

  /** What one round took, as the client saw it and as the server logged it. */
  private record Timing(
      long wholeMillis,
      Map<MatchingRound.Phase, Long> phaseSeenAt,
      long[] logged,
      int applicants,
      int places,
      int matched) {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("bench.rounds", 3);
    long seed = Long.getLong("bench.seed", 20_261_127L);
    // H2: the server opens the file first and serves it to the benchmark between rounds
    BenchDatabase database = BenchDatabase.fromSystemProperties("h2-matching").shared();
    System.out.printf(
        "Matching round benchmark on %s: %,d apprentices x %d choices, %,d offers, 1 + %d rounds,"
            + " seed %d; %d processors, load average %.1f%n",
        database.kind(),
        APPRENTICES,
        CHOICES,
        OFFERS,
        rounds,
        seed,
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    requireFreePort(PORT);

    long start = System.nanoTime();
    database.recreate();
    new MatchingRoundBenchmark(seed).load(database);
    if (database.isH2()) {
      database.compact();
    }
    System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);

    Map<String, String> properties = BenchClient.serverProperties(ADMIN, PASSWORD);
    Timing first = null;
    List<Timing> timings = new ArrayList<>();
    String fingerprint = null;
    boolean sane = true;
    start = System.nanoTime();
    try (BenchServer server = BenchServer.start(database, PORT, properties)) {
      System.out.printf("Server started in %.0f s%n", (System.nanoTime() - start) / 1e9);
      for (int r = 0; r <= rounds; r++) {
        if (r > 0) {
          deleteResults(database);
        }
        System.out.printf(
            "%nRound %d%s, load average %.1f%n",
            r, r == 0 ? " (the first since the server started)" : "", loadAverage());
        String[] id = new String[1];
        Timing timing = runRound(server.base(), seed, database, id);
        print(timing);
        Check check = check(database, id[0]);
        check.problems().forEach(p -> System.out.println("  CHECK FAILED: " + p));
        sane &= check.problems().isEmpty();
        System.out.printf(
            "  checked: %d outcomes, %d matches, %d places held, %d notifications; result %s%n",
            check.outcomes(),
            check.matches(),
            check.held(),
            check.notifications(),
            check.fingerprint());
        if (fingerprint != null && !fingerprint.equals(check.fingerprint())) {
          System.out.println(
              "  CHECK FAILED: not the result of the first round, with the same seed");
          sane = false;
        }
        fingerprint = check.fingerprint();
        if (r == 0) {
          first = timing;
        } else {
          timings.add(timing);
        }
      }
    }
    summarize(database, first, timings);
    if (!sane) {
      System.exit(1);
    }
  }

  // --- the round ---------------------------------------------------------------------------------

  private static Timing runRound(String base, long seed, BenchDatabase database, String[] roundId)
      throws Exception {
    expect(send(request(base, "GET", "/api/me", null)), 200); // the admin's login is remembered
    Map<MatchingRound.Phase, Long> seenAt = new EnumMap<>(MatchingRound.Phase.class);
    long start = System.nanoTime();
    HttpResponse<String> started =
        send(
            request(
                base,
                "POST",
                "/api/matching-rounds",
                Json.createObjectBuilder().add("seed", seed).build().toString()));
    expect(started, 202);
    String id = read(started).getString("id");
    roundId[0] = id;
    JsonObject round;
    while (true) {
      round = read(expect(send(request(base, "GET", "/api/matching-rounds/" + id, null)), 200));
      long at = (System.nanoTime() - start) / 1_000_000;
      seenAt.putIfAbsent(MatchingRound.Phase.valueOf(round.getString("phase")), at);
      if (!round.getString("status").equals("RUNNING")) {
        break;
      }
      if (at > 600_000) {
        throw new IllegalStateException("The round did not end within 10 minutes");
      }
      Thread.sleep(50);
    }
    long whole = (System.nanoTime() - start) / 1_000_000;
    if (!round.getString("status").equals("DONE")) {
      // thrown, so that the server is stopped on the way out, and the run fails
      throw new IllegalStateException(
          "Round " + id + " " + round.getString("status") + ": " + round.getString("error", ""));
    }
    return new Timing(
        whole,
        seenAt,
        logged(database, id),
        round.getInt("applicants"),
        round.getInt("places"),
        round.getInt("matched"));
  }

  /** The phases' times the server logged for this round (load, match, save and notify). */
  private static long[] logged(BenchDatabase database, String roundId) throws Exception {
    Path log = Path.of("target/bench/server-" + database.kind() + ".log");
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline) {
      String text = Files.readString(log, StandardCharsets.ISO_8859_1);
      int at = text.indexOf("Matching round " + roundId);
      if (at >= 0) {
        Matcher m = LOGGED.matcher(text).region(at, text.length());
        if (m.find()) {
          return new long[] {
            Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6))
          };
        }
      }
      Thread.sleep(100);
    }
    return null;
  }

  private static void print(Timing t) {
    StringBuilder phases = new StringBuilder();
    for (Map.Entry<MatchingRound.Phase, Long> e : t.phaseSeenAt().entrySet()) {
      phases.append(String.format(" %s@%d", e.getKey(), e.getValue()));
    }
    System.out.printf(
        "  %,d applicants, %,d places, %,d matched; whole round %,d ms%s%n",
        t.applicants(), t.places(), t.matched(), t.wholeMillis(), overTarget(t.wholeMillis()));
    System.out.printf(
        "  server log: load %s ms, match %s ms, save and notify %s ms%n",
        t.logged() == null ? "?" : t.logged()[0],
        t.logged() == null ? "?" : t.logged()[1],
        t.logged() == null ? "?" : t.logged()[2]);
    System.out.println("  phases first seen at (ms after the request):" + phases);
  }

  private static String overTarget(long millis) {
    return millis <= TARGET_MILLIS ? "" : " (over the " + TARGET_MILLIS + " ms target)";
  }

  private static void summarize(BenchDatabase database, Timing first, List<Timing> timings) {
    System.out.printf(
        "%nWhole round on %s: the first after the server started, then %d more (median, max, min)%n",
        database.kind(), timings.size());
    System.out.printf("  %-22s %8s   %8s %8s %8s%n", "ms", "first", "median", "max", "min");
    line(
        "whole round (client)",
        first.wholeMillis(),
        timings.stream().mapToLong(Timing::wholeMillis).toArray());
    if (first.logged() != null && timings.stream().allMatch(t -> t.logged() != null)) {
      String[] names = {"load", "match", "save and notify"};
      for (int p = 0; p < names.length; p++) {
        int phase = p;
        line(
            names[p] + " (server)",
            first.logged()[p],
            timings.stream().mapToLong(t -> t.logged()[phase]).toArray());
      }
    }
    long median = median(timings.stream().mapToLong(Timing::wholeMillis).toArray());
    System.out.printf(
        "Target, the whole round under %,d ms: %s (median of the %d rounds after the first), %s"
            + " (the first)%n",
        TARGET_MILLIS,
        median <= TARGET_MILLIS ? "met" : "MISSED",
        timings.size(),
        first.wholeMillis() <= TARGET_MILLIS ? "met" : "MISSED");
  }

  private static void line(String name, long first, long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "  %-22s %,8d   %,8d %,8d %,8d%n",
        name, first, median(values), sorted[sorted.length - 1], sorted[0]);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  // --- checks ------------------------------------------------------------------------------------

  private record Check(
      int outcomes,
      int matches,
      long held,
      int notifications,
      String fingerprint,
      List<String> problems) {}

  /** The saved result, read with the server stopped: whole, consistent, and told to everyone. */
  private static Check check(BenchDatabase database, String roundId) throws Exception {
    List<String> problems = new ArrayList<>();
    try (Connection db = served(database)) {
      int applicants = 0;
      int places = 0;
      int matched = 0;
      try (PreparedStatement q =
          db.prepareStatement(
              "SELECT status, applicants, places, matched FROM matching_round WHERE id = ?")) {
        q.setString(1, roundId);
        try (ResultSet row = q.executeQuery()) {
          row.next();
          if (!row.getString(1).equals("DONE")) {
            problems.add("round " + row.getString(1));
          }
          applicants = row.getInt(2);
          places = row.getInt(3);
          matched = row.getInt(4);
        }
      }
      long expectedApplicants =
          scalar(db, "SELECT COUNT(DISTINCT apprentice_id) FROM application_choice");
      if (applicants != expectedApplicants) {
        problems.add(applicants + " applicants, " + expectedApplicants + " applied");
      }
      if (matched > places) {
        problems.add(matched + " matched > " + places + " places");
      }
      int outcomes =
          (int) scalar(db, "SELECT COUNT(*) FROM round_outcome WHERE round_id = ?", roundId);
      long distinct =
          scalar(
              db,
              "SELECT COUNT(DISTINCT apprentice_id) FROM round_outcome WHERE round_id = ?",
              roundId);
      if (outcomes != applicants || distinct != applicants) {
        problems.add(outcomes + " outcomes for " + distinct + " of " + applicants + " applicants");
      }
      long placedOutcomes =
          scalar(
              db,
              "SELECT COUNT(*) FROM round_outcome WHERE round_id = ? AND offer_id IS NOT NULL",
              roundId);
      int matches =
          (int) scalar(db, "SELECT COUNT(*) FROM apprenticeship_match WHERE round_id = ?", roundId);
      if (matches != matched || placedOutcomes != matched) {
        problems.add(
            matches + " matches, " + placedOutcomes + " placed outcomes, " + matched + " matched");
      }
      long held = scalar(db, "SELECT SUM(places_held) FROM apprenticeship_offer");
      if (held != matched) {
        problems.add(held + " places held for " + matched + " matched");
      }
      long offBalance =
          scalar(
              db,
              "SELECT COUNT(*) FROM apprenticeship_offer o WHERE o.places_held <> (SELECT COUNT(*)"
                  + " FROM apprenticeship_match m WHERE m.offer_id = o.id AND m.round_id = ?)",
              roundId);
      if (offBalance > 0) {
        problems.add(offBalance + " offers hold other than their matches");
      }
      long mismatched =
          scalar(
              db,
              "SELECT COUNT(*) FROM apprenticeship_match m JOIN round_outcome r ON r.round_id ="
                  + " m.round_id AND r.apprentice_id = m.apprentice_id WHERE m.round_id = ? AND"
                  + " (r.offer_id IS NULL OR r.offer_id <> m.offer_id)",
              roundId);
      if (mismatched > 0) {
        problems.add(mismatched + " matches disagree with their outcome");
      }
      int notifications = (int) scalar(db, "SELECT COUNT(*) FROM notification");
      long told =
          scalar(
              db,
              "SELECT COUNT(DISTINCT recipient_id) FROM notification"
                  + " WHERE kind IN ('MATCH_PROPOSED', 'MATCH_NONE')");
      long proposed = scalar(db, "SELECT COUNT(*) FROM notification WHERE kind = 'MATCH_PROPOSED'");
      long masters =
          scalar(
              db,
              "SELECT COUNT(DISTINCT offer_id) FROM apprenticeship_match WHERE round_id = ?",
              roundId);
      if (notifications < applicants
          || told != applicants
          || proposed != matched
          || notifications != applicants + masters) {
        problems.add(
            notifications
                + " notifications ("
                + told
                + " apprentices told, "
                + proposed
                + " proposals) for "
                + applicants
                + " applicants and "
                + masters
                + " masters");
      }
      long overfull =
          scalar(
              db,
              "SELECT COUNT(*) FROM apprenticeship_offer WHERE places_held > places OR places_held < 0");
      if (overfull > 0) {
        problems.add(overfull + " offers over their places");
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (PreparedStatement q =
          db.prepareStatement(
              "SELECT apprentice_id, offer_id FROM apprenticeship_match WHERE round_id = ?"
                  + " ORDER BY apprentice_id")) {
        q.setString(1, roundId);
        try (ResultSet rows = q.executeQuery()) {
          while (rows.next()) {
            digest.update((rows.getString(1) + rows.getString(2)).getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      String fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
      return new Check(outcomes, matches, held, notifications, fingerprint, problems);
    }
  }

  private static long scalar(Connection db, String sql, String... parameters) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = q.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Back to the data as loaded: no round, no match, no notice, every place free. */
  private static void deleteResults(BenchDatabase database) throws SQLException {
    try (Connection db = served(database);
        Statement sql = db.createStatement()) {
      db.setAutoCommit(false);
      for (String table :
          List.of(
              "outgoing_mail",
              "notification",
              "apprenticeship_milestone",
              "apprenticeship",
              "round_outcome",
              "apprenticeship_match",
              "matching_round_progress",
              "matching_round_lock",
              "matching_round")) {
        sql.executeUpdate("DELETE FROM " + table);
      }
      sql.executeUpdate("UPDATE apprenticeship_offer SET places_held = 0, version = version + 1");
      db.commit();
    }
  }

  /** A connection to the database while the server has it (H2: through the server's process). */
  private static Connection served(BenchDatabase database) throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  // --- the data ----------------------------------------------------------------------------------

  private record Manufacture(String id, double latitude, double longitude) {}

  private record Offer(String id, String masterId, String craftCode) {}

  private void load(BenchDatabase database) throws Exception {
    try (Connection db = database.connect()) {
      if (!database.isH2()) {
        try (Statement sql = db.createStatement()) {
          sql.execute("SET SESSION foreign_key_checks = 0");
          sql.execute("SET SESSION unique_checks = 0");
        }
      }
      db.setAutoCommit(false);
      List<String> crafts = new ArrayList<>();
      try (Statement sql = db.createStatement();
          // the crafts an apprentice may name (apprentice_craft_interest.craft_code: 16 characters)
          ResultSet rows =
              sql.executeQuery(
                  "SELECT code FROM craft WHERE CHAR_LENGTH(code) <= 16 ORDER BY code")) {
        while (rows.next()) {
          crafts.add(rows.getString(1));
        }
      }
      List<Manufacture> manufactures = manufactures(db);
      List<Offer> offers = mastersAndOffers(db, manufactures, crafts);
      apprentices(db, manufactures, offers, crafts);
      db.commit();
      try (Statement sql = db.createStatement()) {
        if (database.isH2()) {
          sql.execute("ANALYZE");
        } else {
          sql.execute(
              "ANALYZE TABLE account, account_role, apprentice_profile, application_choice,"
                  + " master_ranking, apprenticeship_offer, know_how");
        }
      }
      db.commit();
    }
  }

  private List<Manufacture> manufactures(Connection db) throws SQLException {
    List<Manufacture> manufactures = new ArrayList<>();
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO manufacture (id, name, street, postal_code, city, region, latitude,"
                + " longitude, description, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,0)")) {
      for (int m = 0; m < MANUFACTURES; m++) {
        Manufacture manufacture =
            new Manufacture(id(), 43.3 + random.nextDouble() * 6, -1 + random.nextDouble() * 7.5);
        manufactures.add(manufacture);
        insert.setString(1, manufacture.id());
        insert.setString(2, "Manufacture " + m);
        insert.setString(3, m + " rue des Ateliers");
        insert.setString(4, "23200");
        insert.setString(5, "Ville " + m);
        insert.setString(6, REGIONS[random.nextInt(REGIONS.length)]);
        insert.setDouble(7, manufacture.latitude());
        insert.setDouble(8, manufacture.longitude());
        insert.setString(9, "Ateliers partagés.");
        insert.setObject(10, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return manufactures;
  }

  /**
   * A thousand masters, twenty to a manufacture, each holding a know-how (alone, or with others of
   * their manufacture: its rarity follows) and offering 1 to 5 places to learn it.
   */
  private List<Offer> mastersAndOffers(
      Connection db, List<Manufacture> manufactures, List<String> crafts) throws SQLException {
    List<String> masters = new ArrayList<>();
    try (PreparedStatement account = accountInsert(db);
        PreparedStatement role = roleInsert(db)) {
      for (int i = 0; i < OFFERS; i++) {
        String id = id();
        masters.add(id);
        addAccount(
            account,
            role,
            id,
            "maitre" + i + "@bench.passeurs.fr",
            "Maître " + i,
            manufactures.get(i % MANUFACTURES).id(),
            null,
            "ARTISAN");
      }
      account.executeBatch();
      role.executeBatch();
    }
    List<Offer> offers = new ArrayList<>();
    try (PreparedStatement entry =
            db.prepareStatement(
                "INSERT INTO know_how (id, title, summary, description, domain, craft_code,"
                    + " region, manufacture_id, latitude, longitude, trained_outside,"
                    + " trained_on_platform, holder_count, rarity, rarity_rank, archived,"
                    + " created_by, created_at, updated_at, version)"
                    + " VALUES (?,?,?,?,?,?,NULL,?,?,?,?,FALSE,?,?,?,FALSE,?,?,?,0)");
        PreparedStatement holder =
            db.prepareStatement(
                "INSERT INTO know_how_holder (know_how_id, account_id) VALUES (?,?)");
        PreparedStatement offer =
            db.prepareStatement(
                "INSERT INTO apprenticeship_offer (id, master_id, manufacture_id, know_how_id,"
                    + " title, description, places, start_date, duration_months, days_per_week,"
                    + " required_level, minimum_age, latitude, longitude, status, places_held,"
                    + " created_at, updated_at, version)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'OPEN',0,?,?,0)");
        PreparedStatement milestone =
            db.prepareStatement(
                "INSERT INTO apprenticeship_offer_milestone (offer_id, seq, title) VALUES (?,?,?)");
        PreparedStatement domainOf =
            db.prepareStatement("SELECT domain FROM craft WHERE code = ?")) {
      for (int i = 0; i < OFFERS; i++) {
        String master = masters.get(i);
        int m = i % MANUFACTURES;
        Manufacture manufacture = manufactures.get(m);
        String craft = crafts.get(random.nextInt(crafts.size()));
        domainOf.setString(1, craft);
        String domain;
        try (ResultSet row = domainOf.executeQuery()) {
          row.next();
          domain = row.getString(1);
        }
        int u = random.nextInt(10);
        int holders = u < 4 ? 1 : u < 7 ? 2 + random.nextInt(2) : 4 + random.nextInt(9);
        boolean trained = random.nextInt(4) == 0;
        Rarity rarity = Rarity.of(holders, trained);
        String knowHow = id();
        String title = "Savoir-faire " + i + " (" + craft + ")";
        entry.setString(1, knowHow);
        entry.setString(2, title);
        entry.setString(3, "Un geste transmis d'atelier en atelier.");
        entry.setString(4, "Décrit par son maître, pas à pas.");
        entry.setString(5, domain);
        entry.setString(6, craft);
        entry.setString(7, manufacture.id());
        entry.setDouble(8, manufacture.latitude());
        entry.setDouble(9, manufacture.longitude());
        entry.setBoolean(10, trained);
        entry.setInt(11, holders);
        entry.setString(12, rarity.name());
        entry.setInt(13, rarity.ordinal());
        entry.setString(14, master);
        entry.setObject(15, now);
        entry.setObject(16, now);
        entry.addBatch();
        // the master and others of the same manufacture (masters m, m + 50, m + 100…)
        List<Integer> colleagues = new ArrayList<>();
        for (int c = m; c < OFFERS; c += MANUFACTURES) {
          if (c != i) {
            colleagues.add(c);
          }
        }
        Collections.shuffle(colleagues, random);
        holder.setString(1, knowHow);
        holder.setString(2, master);
        holder.addBatch();
        for (int h = 1; h < holders; h++) {
          holder.setString(1, knowHow);
          holder.setString(2, masters.get(colleagues.get(h - 1)));
          holder.addBatch();
        }
        String id = id();
        offer.setString(1, id);
        offer.setString(2, master);
        offer.setString(3, manufacture.id());
        offer.setString(4, knowHow);
        offer.setString(5, "Apprentissage : " + title);
        offer.setString(6, "Deux ans à l'atelier, geste après geste.");
        offer.setInt(7, 1 + random.nextInt(5));
        offer.setObject(8, today.plusMonths(3));
        offer.setInt(9, 12 + random.nextInt(25));
        offer.setInt(10, 3 + random.nextInt(3));
        offer.setString(11, LEVELS[random.nextInt(3)]);
        if (random.nextInt(5) == 0) {
          offer.setInt(12, 18);
        } else {
          offer.setNull(12, java.sql.Types.INTEGER);
        }
        offer.setDouble(13, manufacture.latitude());
        offer.setDouble(14, manufacture.longitude());
        offer.setObject(15, now);
        offer.setObject(16, now);
        offer.addBatch();
        String[] plan = {"Préparer la matière", "Tenir l'outil", "Une pièce entière"};
        for (int s = 0; s < plan.length; s++) {
          milestone.setString(1, id);
          milestone.setInt(2, s);
          milestone.setString(3, plan[s]);
          milestone.addBatch();
        }
        offers.add(new Offer(id, master, craft));
      }
      entry.executeBatch();
      holder.executeBatch();
      offer.executeBatch();
      milestone.executeBatch();
    }
    System.out.printf(
        "  %d manufactures, %,d masters with a know-how and an offer%n", MANUFACTURES, OFFERS);
    return offers;
  }

  /**
   * Ten thousand adult apprentices with a profile, each ranking ten offers drawn with a Zipf-like
   * popularity (not tied to the offers' order); half of the masters rank their applicants: one in
   * twenty refused, three in ten given a priority of 1 to 5 (ties), the others left unranked.
   */
  private void apprentices(
      Connection db, List<Manufacture> manufactures, List<Offer> offers, List<String> crafts)
      throws SQLException {
    double[] cumulative = new double[OFFERS];
    double total = 0;
    for (int k = 0; k < OFFERS; k++) {
      total += 1 / Math.pow(k + 1, ZIPF_EXPONENT);
      cumulative[k] = total;
    }
    List<Integer> byPopularity = new ArrayList<>();
    for (int o = 0; o < OFFERS; o++) {
      byPopularity.add(o);
    }
    Collections.shuffle(byPopularity, random);
    List<List<String>> applicants = new ArrayList<>();
    for (int o = 0; o < OFFERS; o++) {
      applicants.add(new ArrayList<>());
    }
    try (PreparedStatement account = accountInsert(db);
        PreparedStatement role = roleInsert(db);
        PreparedStatement profile =
            db.prepareStatement(
                "INSERT INTO apprentice_profile (apprentice_id, home_city, latitude, longitude,"
                    + " travel_km, available_from, level, experience, motivation, updated_at,"
                    + " version) VALUES (?,?,?,?,?,?,?,?,?,?,0)");
        PreparedStatement interest =
            db.prepareStatement(
                "INSERT INTO apprentice_craft_interest (apprentice_id, craft_code) VALUES (?,?)");
        PreparedStatement choice =
            db.prepareStatement(
                "INSERT INTO application_choice (apprentice_id, choice_rank, offer_id)"
                    + " VALUES (?,?,?)")) {
      for (int a = 0; a < APPRENTICES; a++) {
        String id = id();
        LocalDate birth = today.minusYears(18 + random.nextInt(18)).minusDays(random.nextInt(365));
        addAccount(
            account,
            role,
            id,
            "apprenti" + a + "@bench.passeurs.fr",
            "Apprenti·e " + a,
            null,
            birth,
            "APPRENTICE");
        Manufacture near = manufactures.get(random.nextInt(MANUFACTURES));
        profile.setString(1, id);
        profile.setString(2, "Ville " + a % 500);
        profile.setDouble(3, near.latitude() + random.nextGaussian() * 0.8);
        profile.setDouble(4, near.longitude() + random.nextGaussian() * 0.8);
        profile.setInt(5, 30 + random.nextInt(371));
        profile.setObject(6, today.plusDays(random.nextInt(150)));
        profile.setString(7, LEVELS[random.nextInt(4)]);
        profile.setString(8, "Un CAP, quelques stages.");
        profile.setString(9, "Apprendre un geste rare et le transmettre à mon tour.");
        profile.setObject(10, now);
        profile.addBatch();
        int[] mine = new int[CHOICES];
        int chosen = 0;
        while (chosen < CHOICES) {
          int k = Arrays.binarySearch(cumulative, random.nextDouble() * total);
          int o = byPopularity.get(k < 0 ? Math.min(-k - 1, OFFERS - 1) : k);
          boolean again = false;
          for (int c = 0; c < chosen; c++) {
            again |= mine[c] == o;
          }
          if (!again) {
            mine[chosen++] = o;
          }
        }
        for (int rank = 0; rank < CHOICES; rank++) {
          choice.setString(1, id);
          choice.setInt(2, rank);
          choice.setString(3, offers.get(mine[rank]).id());
          choice.addBatch();
          applicants.get(mine[rank]).add(id);
        }
        // the craft of their first wish, sometimes another
        List<String> codes = new ArrayList<>(List.of(offers.get(mine[0]).craftCode()));
        if (random.nextBoolean()) {
          String other = crafts.get(random.nextInt(crafts.size()));
          if (!codes.contains(other)) {
            codes.add(other);
          }
        }
        for (String code : codes) {
          interest.setString(1, id);
          interest.setString(2, code);
          interest.addBatch();
        }
        if (a % 1000 == 999) {
          account.executeBatch();
          role.executeBatch();
          profile.executeBatch();
          interest.executeBatch();
          choice.executeBatch();
        }
      }
      account.executeBatch();
      role.executeBatch();
      profile.executeBatch();
      interest.executeBatch();
      choice.executeBatch();
    }
    int ranked = 0;
    int rankings = 0;
    try (PreparedStatement ranking =
        db.prepareStatement(
            "INSERT INTO master_ranking (offer_id, apprentice_id, priority, unacceptable)"
                + " VALUES (?,?,?,?)")) {
      for (int o = 0; o < OFFERS; o++) {
        if (random.nextBoolean()) {
          continue;
        }
        ranked++;
        for (String apprentice : applicants.get(o)) {
          int judgement = random.nextInt(100);
          if (judgement >= 35) {
            continue;
          }
          ranking.setString(1, offers.get(o).id());
          ranking.setString(2, apprentice);
          if (judgement < 5) {
            ranking.setNull(3, java.sql.Types.INTEGER);
            ranking.setBoolean(4, true);
          } else {
            ranking.setInt(3, 1 + random.nextInt(5));
            ranking.setBoolean(4, false);
          }
          ranking.addBatch();
          if (++rankings % 5000 == 0) {
            ranking.executeBatch();
          }
        }
      }
      ranking.executeBatch();
    }
    int most = applicants.stream().mapToInt(List::size).max().orElse(0);
    long oversubscribed = applicants.stream().filter(l -> l.size() > 5).count();
    System.out.printf(
        "  %,d apprentices, %,d ranked applications (up to %,d for one offer; %d offers with"
            + " more than 5 applicants); %d masters ranked theirs (%,d judgements)%n",
        APPRENTICES, APPRENTICES * CHOICES, most, oversubscribed, ranked, rankings);
  }

  private static PreparedStatement accountInsert(Connection db) throws SQLException {
    return db.prepareStatement(
        "INSERT INTO account (id, email, email_normalized, display_name, password_hash, status,"
            + " manufacture_id, created_at, activated_at, birth_date, version)"
            + " VALUES (?,?,?,?,?,'ACTIVE',?,?,?,?,0)");
  }

  private static PreparedStatement roleInsert(Connection db) throws SQLException {
    return db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?,?)");
  }

  /** An active account that never logs in here (its password hash matches no password). */
  private void addAccount(
      PreparedStatement account,
      PreparedStatement role,
      String id,
      String email,
      String name,
      String manufactureId,
      LocalDate birthDate,
      String roleName)
      throws SQLException {
    account.setString(1, id);
    account.setString(2, email);
    account.setString(3, email);
    account.setString(4, name);
    account.setString(5, "PBKDF2WithHmacSHA256:1024:bench:no-password");
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

  /** A random (version 4) UUID from the bench's seeded generator: the same data on every run. */
  private String id() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  // --- HTTP --------------------------------------------------------------------------------------

  private static HttpRequest request(String base, String method, String path, String json) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Authorization", basic(ADMIN, PASSWORD));
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
