package fr.passeurs.catalogue;

import fr.passeurs.bench.BenchDatabase;
import fr.passeurs.bench.BenchServer;
import fr.passeurs.bench.Load;
import fr.passeurs.platform.Csv;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Benchmark of the search through REST: loads {@code bench.entries} know-how entries (default
 * 100,000), 6,000 training sessions and 4,000 apprenticeship offers straight into a fresh database,
 * starts the application on it (which builds its search index from the database: the server's log
 * says how long it took and how much memory the index takes), and measures latency and throughput
 * of each query shape from 1 and 4 clients, next to {@code GET /api/crafts/{code}}, the server's
 * ceiling for a plain read. Rerun with {@code mvn -Pbench package -Dbench.db=h2} or {@code
 * -Dbench.db=mariadb}.
 */
public final class CatalogueSearchBenchmark {

  private static final String[] WORDS = {
    "tissage",
    "lin",
    "laine",
    "soie",
    "chanvre",
    "dentelle",
    "broderie",
    "tapisserie",
    "lisse",
    "fuseau",
    "aiguille",
    "navette",
    "teinture",
    "trame",
    "velours",
    "feutre",
    "passementerie",
    "ebenisterie",
    "marqueterie",
    "placage",
    "chene",
    "noyer",
    "hetre",
    "frene",
    "merisier",
    "chataignier",
    "tonneau",
    "douelle",
    "tonnellerie",
    "vannerie",
    "osier",
    "rotin",
    "tournage",
    "sculpture",
    "dorure",
    "laque",
    "vernis",
    "charpente",
    "menuiserie",
    "assemblage",
    "tenon",
    "mortaise",
    "forge",
    "enclume",
    "acier",
    "fer",
    "cuivre",
    "laiton",
    "bronze",
    "etain",
    "ciselure",
    "gravure",
    "damasquinage",
    "email",
    "coutellerie",
    "lame",
    "manche",
    "trempe",
    "recuit",
    "soudure",
    "rivet",
    "repousse",
    "fonderie",
    "moulage",
    "patine",
    "polissage",
    "affutage",
    "serrurerie",
    "ferronnerie",
    "chaudronnerie",
    "orfevrerie",
    "horlogerie",
    "ressort",
    "engrenage",
    "cadran",
    "emaillage",
    "cloisonne",
    "champleve",
    "filigrane",
    "trefilage",
    "estampage",
    "martelage",
    "dinanderie",
    "zinguerie",
    "ardoise",
    "toiture",
    "bateau",
    "coque",
    "calfatage",
    "voilerie",
    "corderie",
    "sellerie",
    "cuir",
    "reliure",
    "marbrure",
    "encadrement",
    "vitrail",
    "mosaique",
    "parquet",
    "escalier",
    "fauteuil",
    "siege",
    "garniture",
    "capitonnage",
    "crin",
    "cannage",
    "paillage",
    "pipe",
    "bruyere",
    "tabletterie",
    "corne",
    "nacre",
    "ecaille",
    "peigne",
    "eventail",
    "plume",
    "parure",
    "sertissage",
    "joaillerie",
    "filature",
    "cardage",
    "feutrage",
    "plissage",
    "matelassage",
    "damas",
    "brocart",
    "jacquard",
    "gobelin",
    "aubusson",
    "luneville",
    "alencon",
    "bayeux"
  };
  private static final String[] DOMAINS = {"TEXTILE", "WOOD", "METAL"};
  private static final String[] REGIONS = {
    "AUVERGNE_RHONE_ALPES",
    "BOURGOGNE_FRANCHE_COMTE",
    "BRETAGNE",
    "CENTRE_VAL_DE_LOIRE",
    "CORSE",
    "GRAND_EST",
    "HAUTS_DE_FRANCE",
    "ILE_DE_FRANCE",
    "NORMANDIE",
    "NOUVELLE_AQUITAINE",
    "OCCITANIE",
    "PAYS_DE_LA_LOIRE",
    "PROVENCE_ALPES_COTE_D_AZUR"
  };

  private final Random random = new Random(20261126L);
  private final List<String> fillerWords = new ArrayList<>();
  private final double[] zipf;

  private CatalogueSearchBenchmark() {
    String[] consonants = {"b", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "gr"};
    String[] vowels = {"a", "e", "i", "o", "u", "ou", "au", "ei"};
    while (fillerWords.size() < 5000) {
      StringBuilder word = new StringBuilder();
      int syllables = 2 + random.nextInt(2);
      for (int s = 0; s < syllables; s++) {
        word.append(consonants[random.nextInt(consonants.length)]);
        word.append(vowels[random.nextInt(vowels.length)]);
      }
      if (!fillerWords.contains(word.toString())) {
        fillerWords.add(word.toString());
      }
    }
    zipf = new double[fillerWords.size()];
    double sum = 0;
    for (int k = 0; k < zipf.length; k++) {
      sum += 1.0 / Math.pow(k + 1, 1.07);
      zipf[k] = sum;
    }
    for (int k = 0; k < zipf.length; k++) {
      zipf[k] /= sum;
    }
  }

  public static void main(String[] args) throws Exception {
    int entries = Integer.getInteger("bench.entries", 100_000);
    int requests = Integer.getInteger("bench.requests", 2_000);
    BenchDatabase database = BenchDatabase.fromSystemProperties();
    if (Boolean.getBoolean("bench.demo")) {
      onDemoData(database, requests);
      return;
    }
    System.out.printf(
        "Catalogue search benchmark on %s with %,d entries%n", database.kind(), entries);

    List<Manufacture> manufactures;
    if (Boolean.parseBoolean(System.getProperty("bench.load", "true"))) {
      long loadStart = System.nanoTime();
      database.recreate();
      manufactures = new CatalogueSearchBenchmark().load(database, entries);
      System.out.printf("Loaded in %.0f s%n", (System.nanoTime() - loadStart) / 1e9);
    } else {
      manufactures = loaded(database);
      System.out.println("Reusing the database loaded by an earlier run (-Dbench.load=false)");
    }

    try (BenchServer server = BenchServer.start(database, 8090)) {
      try (var lines = Files.lines(Path.of("target/bench/server-" + database.kind() + ".log"))) {
        lines
            .filter(line -> line.contains("Search index built"))
            .forEach(line -> System.out.println(line.substring(line.indexOf("Search index"))));
      }
      new CatalogueSearchBenchmark().measure(server.base(), manufactures, requests);
    }
  }

  record Manufacture(String id, double latitude, double longitude, String region) {}

  /** The crafts read by the ceiling, {@code GET /api/crafts/{code}}. */
  private static final String[] CRAFTS = {
    "ebeniste", "dentellier-a-l-aiguille", "coutelier", "tourneur-sur-bois"
  };

  /** Words of the demo data's know-how, each with its domain. */
  private static final String[][] DEMO_WORDS = {
    {"dentelle", "TEXTILE"},
    {"tissage", "TEXTILE"},
    {"tapisserie", "TEXTILE"},
    {"laine", "TEXTILE"},
    {"coutellerie", "METAL"},
    {"forge", "METAL"},
    {"bois", "WOOD"},
    {"ebenisterie", "WOOD"}
  };

  /**
   * On the demo data ({@code -Dbench.demo=true}): a one-word search with a filter next to {@code
   * GET /api/crafts/{code}}, in the same run.
   */
  private static void onDemoData(BenchDatabase database, int requests) throws Exception {
    System.out.printf("Search on the demo data, on %s%n", database.kind());
    database.recreate();
    try (BenchServer server = BenchServer.start(database, 8090, Map.of("passeurs.demo", "true"))) {
      String base = server.base();
      IntFunction<String> search =
          i -> {
            String[] word = DEMO_WORDS[Math.floorMod(i * 31 + 7, DEMO_WORDS.length)];
            return base + "/api/search?q=" + word[0] + "&domain=" + word[1];
          };
      IntFunction<String> craft = i -> base + "/api/crafts/" + CRAFTS[i % CRAFTS.length];
      Load.run("warm-up", 6_000, 2, 200, i -> Load.get(search.apply(i)));
      Load.run("warm-up", 6_000, 2, 200, i -> Load.get(craft.apply(i)));
      List<Load.Result> results = new ArrayList<>();
      for (int clients : new int[] {1, 4}) {
        String suffix = ", " + clients + (clients == 1 ? " client" : " clients");
        results.add(
            Load.run(
                "search: one word + domain" + suffix,
                requests,
                clients,
                200,
                i -> Load.get(search.apply(i))));
        results.add(
            Load.run(
                "ceiling: GET /api/crafts/{code}" + suffix,
                requests,
                clients,
                200,
                i -> Load.get(craft.apply(i))));
      }
      System.out.println();
      System.out.println(Load.Result.header());
      results.forEach(result -> System.out.println(result.line()));
      System.out.printf(
          "%nsearch / ceiling: %.0f %% from 1 client, %.0f %% from 4 clients%n",
          100 * results.get(0).perSecond() / results.get(1).perSecond(),
          100 * results.get(2).perSecond() / results.get(3).perSecond());
    }
  }

  private static List<Manufacture> loaded(BenchDatabase database) throws Exception {
    List<Manufacture> manufactures = new ArrayList<>();
    try (Connection db = database.connect();
        var rows =
            db.createStatement()
                .executeQuery(
                    "SELECT id, latitude, longitude, region FROM manufacture ORDER BY id")) {
      while (rows.next()) {
        manufactures.add(
            new Manufacture(
                rows.getString(1), rows.getDouble(2), rows.getDouble(3), rows.getString(4)));
      }
    }
    return manufactures;
  }

  /** The know-how entries loaded, for the sessions and offers that teach them. */
  private final List<String> knowHowIds = new ArrayList<>();

  private List<Manufacture> load(BenchDatabase database, int entries) throws Exception {
    List<Map<String, String>> crafts;
    try (InputStream in = Files.newInputStream(Path.of("db/reference/crafts.csv"))) {
      crafts = Csv.read(in);
    }
    Timestamp now = Timestamp.from(Instant.now());
    List<Manufacture> manufactures = new ArrayList<>();
    try (Connection db = database.connect()) {
      try (var ddl = db.createStatement()) {
        if (!database.isH2()) {
          ddl.execute("SET SESSION foreign_key_checks = 0");
          ddl.execute("SET SESSION unique_checks = 0");
        }
      }
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO manufacture (id, name, street, postal_code, city, region, latitude,"
                  + " longitude, description, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,0)")) {
        for (int m = 0; m < 100; m++) {
          Manufacture manufacture =
              new Manufacture(
                  UUID.randomUUID().toString(),
                  42.5 + random.nextDouble() * 8,
                  -4.5 + random.nextDouble() * 12,
                  REGIONS[random.nextInt(REGIONS.length)]);
          manufactures.add(manufacture);
          insert.setString(1, manufacture.id());
          insert.setString(2, "Manufacture " + m);
          insert.setString(3, m + " rue des Ateliers");
          insert.setString(4, "75000");
          insert.setString(5, "Ville " + m);
          insert.setString(6, manufacture.region());
          insert.setDouble(7, manufacture.latitude());
          insert.setDouble(8, manufacture.longitude());
          insert.setString(9, "");
          insert.setTimestamp(10, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement entry =
              db.prepareStatement(
                  "INSERT INTO know_how (id, title, summary, description, domain, craft_code,"
                      + " region, manufacture_id, latitude, longitude, trained_outside,"
                      + " trained_on_platform, holder_count, rarity, rarity_rank, archived,"
                      + " created_at, updated_at, version)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,FALSE,?,?,?,?,?,?,0)");
          PreparedStatement technique =
              db.prepareStatement(
                  "INSERT INTO know_how_technique (know_how_id, seq, name) VALUES (?,?,?)"); ) {
        for (int i = 0; i < entries; i++) {
          String id = UUID.randomUUID().toString();
          knowHowIds.add(id);
          Map<String, String> craft =
              random.nextInt(5) == 0 ? null : crafts.get(random.nextInt(crafts.size()));
          String domain = craft == null ? DOMAINS[random.nextInt(3)] : craft.get("domain");
          Manufacture manufacture = manufactures.get(random.nextInt(manufactures.size()));
          String title = capitalize(word() + " " + word() + " " + word()) + " " + i;
          String summary = text(10) + " " + word();
          String description = text(25) + " " + word() + " " + word();
          List<String> techniques = new ArrayList<>();
          for (int t = random.nextInt(4); t > 0; t--) {
            techniques.add(word() + " " + filler());
          }
          int holders = random.nextInt(13);
          boolean trained = random.nextInt(3) == 0;
          entry.setString(1, id);
          entry.setString(2, title);
          entry.setString(3, summary);
          entry.setString(4, description);
          entry.setString(5, domain);
          entry.setString(6, craft == null ? null : craft.get("code"));
          entry.setString(7, manufacture.region());
          entry.setString(8, manufacture.id());
          entry.setDouble(9, manufacture.latitude());
          entry.setDouble(10, manufacture.longitude());
          entry.setBoolean(11, trained);
          entry.setInt(12, holders);
          entry.setString(13, Rarity.of(holders, trained).name());
          entry.setInt(14, Rarity.of(holders, trained).ordinal());
          boolean archived = random.nextInt(50) == 0;
          entry.setBoolean(15, archived);
          entry.setTimestamp(16, now);
          entry.setTimestamp(17, now);
          entry.addBatch();
          for (int t = 0; t < techniques.size(); t++) {
            technique.setString(1, id);
            technique.setInt(2, t);
            technique.setString(3, techniques.get(t));
            technique.addBatch();
          }
          if (i % 5000 == 4999 || i == entries - 1) {
            entry.executeBatch();
            technique.executeBatch();
            db.commit();
          }
          if (i % 20_000 == 19_999) {
            System.out.printf("  %,d entries%n", i + 1);
          }
        }
      }
      loadSessionsAndOffers(db, manufactures, now);
      try (var ddl = db.createStatement()) {
        ddl.execute(database.isH2() ? "ANALYZE" : "ANALYZE TABLE know_how");
      }
      db.commit();
    }
    if (database.isH2()) {
      database.compact();
    }
    return manufactures;
  }

  /**
   * {@code bench.sessions} training sessions (default 6,000) and {@code bench.offers}
   * apprenticeship offers (default 4,000) in the coming months, each teaching a random entry: in
   * each manufacture an artisan, a room and a training.
   */
  private void loadSessionsAndOffers(Connection db, List<Manufacture> manufactures, Timestamp now)
      throws Exception {
    int sessions = Integer.getInteger("bench.sessions", 6_000);
    int offers = Integer.getInteger("bench.offers", 4_000);
    List<String> artisans = new ArrayList<>();
    List<String> rooms = new ArrayList<>();
    List<String> trainings = new ArrayList<>();
    try (PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO account (id, email, email_normalized, display_name, password_hash,"
                    + " status, manufacture_id, created_at, activated_at, version)"
                    + " VALUES (?,?,?,?,'-','ACTIVE',?,?,?,0)");
        PreparedStatement role =
            db.prepareStatement(
                "INSERT INTO account_role (account_id, role) VALUES (?, 'ARTISAN')");
        PreparedStatement room =
            db.prepareStatement(
                "INSERT INTO room (id, manufacture_id, name, capacity, wheelchair_accessible,"
                    + " created_at, version) VALUES (?,?,'Atelier',20,TRUE,?,0)");
        PreparedStatement training =
            db.prepareStatement(
                "INSERT INTO training (id, artisan_id, manufacture_id, know_how_id, title,"
                    + " objectives, level, duration_hours, min_participants, max_participants,"
                    + " price_cents, created_at, updated_at, version)"
                    + " VALUES (?,?,?,?,?,?,'BEGINNER',7,1,12,0,?,?,0)")) {
      for (int m = 0; m < manufactures.size(); m++) {
        Manufacture manufacture = manufactures.get(m);
        String artisan = UUID.randomUUID().toString();
        account.setString(1, artisan);
        account.setString(2, "artisan-" + m + "@bench.example.org");
        account.setString(3, "artisan-" + m + "@bench.example.org");
        account.setString(4, "Artisan " + m);
        account.setString(5, manufacture.id());
        account.setTimestamp(6, now);
        account.setTimestamp(7, now);
        account.addBatch();
        role.setString(1, artisan);
        role.addBatch();
        String roomId = UUID.randomUUID().toString();
        room.setString(1, roomId);
        room.setString(2, manufacture.id());
        room.setTimestamp(3, now);
        room.addBatch();
        String trainingId = UUID.randomUUID().toString();
        training.setString(1, trainingId);
        training.setString(2, artisan);
        training.setString(3, manufacture.id());
        training.setString(4, knowHowIds.get(random.nextInt(knowHowIds.size())));
        training.setString(5, "Initiation " + word() + " " + m);
        training.setString(6, text(12));
        training.setTimestamp(7, now);
        training.setTimestamp(8, now);
        training.addBatch();
        artisans.add(artisan);
        rooms.add(roomId);
        trainings.add(trainingId);
      }
      account.executeBatch();
      role.executeBatch();
      room.executeBatch();
      training.executeBatch();
    }
    try (PreparedStatement session =
            db.prepareStatement(
                "INSERT INTO training_session (id, training_id, artisan_id, manufacture_id,"
                    + " know_how_id, title, room_id, seats, enrolment_deadline, starts_at, ends_at,"
                    + " status, enrolment_closed, confirmed_count, queue_counter, latitude,"
                    + " longitude, created_at, version)"
                    + " VALUES (?,?,?,?,?,?,?,12,?,?,?,'SCHEDULED',FALSE,?,0,?,?,?,0)");
        PreparedStatement offer =
            db.prepareStatement(
                "INSERT INTO apprenticeship_offer (id, master_id, manufacture_id, know_how_id,"
                    + " title, description, places, start_date, duration_months, days_per_week,"
                    + " required_level, latitude, longitude, status, places_held, created_at,"
                    + " updated_at, version)"
                    + " VALUES (?,?,?,?,?,?,2,?,24,4,'BEGINNER',?,?,'OPEN',0,?,?,0)")) {
      Instant soon = Instant.now().plus(java.time.Duration.ofDays(7));
      for (int i = 0; i < sessions; i++) {
        int m = random.nextInt(manufactures.size());
        Manufacture manufacture = manufactures.get(m);
        Instant start = soon.plus(java.time.Duration.ofHours(random.nextInt(24 * 180)));
        session.setString(1, UUID.randomUUID().toString());
        session.setString(2, trainings.get(m));
        session.setString(3, artisans.get(m));
        session.setString(4, manufacture.id());
        session.setString(5, knowHowIds.get(random.nextInt(knowHowIds.size())));
        session.setString(6, capitalize(word() + " " + word()) + " " + i);
        session.setString(7, rooms.get(m));
        session.setTimestamp(8, Timestamp.from(start.minus(java.time.Duration.ofDays(3))));
        session.setTimestamp(9, Timestamp.from(start));
        session.setTimestamp(10, Timestamp.from(start.plus(java.time.Duration.ofHours(3))));
        session.setInt(11, random.nextInt(13));
        session.setDouble(12, manufacture.latitude());
        session.setDouble(13, manufacture.longitude());
        session.setTimestamp(14, now);
        session.addBatch();
      }
      session.executeBatch();
      for (int i = 0; i < offers; i++) {
        int m = random.nextInt(manufactures.size());
        Manufacture manufacture = manufactures.get(m);
        offer.setString(1, UUID.randomUUID().toString());
        offer.setString(2, artisans.get(m));
        offer.setString(3, manufacture.id());
        offer.setString(4, knowHowIds.get(random.nextInt(knowHowIds.size())));
        offer.setString(5, "Apprentissage " + word() + " " + word() + " " + i);
        offer.setString(6, text(20));
        offer.setDate(
            7, java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(30 + random.nextInt(300))));
        offer.setDouble(8, manufacture.latitude());
        offer.setDouble(9, manufacture.longitude());
        offer.setTimestamp(10, now);
        offer.setTimestamp(11, now);
        offer.addBatch();
      }
      offer.executeBatch();
    }
    db.commit();
    System.out.printf("  %,d sessions and %,d apprenticeship offers%n", sessions, offers);
  }

  /** One query shape: its name and the query of its i-th request. */
  private record Shape(String name, String path, IntFunction<String> query) {}

  private void measure(String base, List<Manufacture> manufactures, int requests) throws Exception {
    IntFunction<String> oneWordWithDomain = i -> "q=" + word(i) + "&domain=" + DOMAINS[i % 3];
    IntFunction<String> twoWords = i -> "q=" + encode(word(i) + " " + word(i * 7 + 3));
    IntFunction<String> prefixWithRegion =
        i -> {
          String word = word(i);
          return "q="
              + word.substring(0, Math.min(4, word.length()))
              + "&region="
              + REGIONS[i % REGIONS.length];
        };
    IntFunction<String> near =
        i -> {
          Manufacture m = manufactures.get(i % manufactures.size());
          return "q=" + word(i) + "&near=" + m.latitude() + "," + m.longitude() + "&radiusKm=100";
        };
    IntFunction<String> facetsOnly =
        i -> "kind=" + (i % 2 == 0 ? "SESSION" : "KNOW_HOW") + "&domain=" + DOMAINS[i % 3];
    IntFunction<String> suggest =
        i -> "q=" + word(i).substring(0, Math.min(word(i).length(), 3 + i % 3));
    List<Shape> shapes =
        List.of(
            new Shape("search: one word + domain", "/api/search?", oneWordWithDomain),
            new Shape("search: two words", "/api/search?", twoWords),
            new Shape("search: prefix + region", "/api/search?", prefixWithRegion),
            new Shape("search: near a place (100 km)", "/api/search?", near),
            new Shape("search: facets only (kind + domain)", "/api/search?", facetsOnly),
            new Shape("suggest", "/api/search/suggest?", suggest),
            new Shape("know-how: one word + domain", "/api/know-how?", oneWordWithDomain),
            new Shape(
                "ceiling: GET /api/crafts/{code}", "/api/crafts/", i -> CRAFTS[i % CRAFTS.length]));

    // warm up the JIT and the pools, every shape
    for (Shape shape : shapes) {
      Load.run(
          "warm-up", 400, 2, 200, i -> Load.get(base + shape.path() + shape.query().apply(i * 13)));
    }
    List<Load.Result> results = new ArrayList<>();
    for (Shape shape : shapes) {
      for (int clients : new int[] {1, 4}) {
        results.add(
            Load.run(
                shape.name() + ", " + clients + (clients == 1 ? " client" : " clients"),
                requests,
                clients,
                200,
                i -> Load.get(base + shape.path() + shape.query().apply(i + clients))));
      }
    }
    System.out.println();
    System.out.println(Load.Result.header());
    results.forEach(result -> System.out.println(result.line()));
    // the ceiling is measured last: each shape's throughput from 4 clients as a share of it
    double ceiling = results.get(results.size() - 1).perSecond();
    System.out.println();
    for (int r = 1; r < results.size() - 2; r += 2) {
      System.out.printf(
          "%-46s %3.0f %% of the ceiling%n",
          results.get(r).name(), 100 * results.get(r).perSecond() / ceiling);
    }
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String word(int i) {
    return WORDS[Math.floorMod(i * 31 + 7, WORDS.length)];
  }

  private String filler() {
    double u = random.nextDouble();
    int low = 0;
    int high = zipf.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (zipf[mid] < u) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return fillerWords.get(low);
  }

  private String text(int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : " ").append(random.nextInt(8) == 0 ? word() : filler());
    }
    return capitalize(text.toString()) + ".";
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
