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
 * Benchmark of the catalogue search through REST: loads {@code bench.entries} know-how entries
 * (default 100,000) straight into a fresh database, starts the application on it (which builds its
 * search index from the database), and measures latency and throughput of searches. Rerun with
 * {@code mvn -Pbench package -Dbench.db=h2} or {@code -Dbench.db=mariadb}.
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
      new CatalogueSearchBenchmark().measure(server.base(), manufactures, requests);
    }
  }

  record Manufacture(String id, double latitude, double longitude, String region) {}

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

  private void measure(String base, List<Manufacture> manufactures, int requests) throws Exception {
    String search = base + "/api/know-how?";
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
    IntFunction<String> rarityOnly = i -> "rarity=CRITICAL&domain=" + DOMAINS[i % 3];

    // warm up the JIT, the pools and the database caches
    Load.run("warm-up", 600, 2, 200, i -> Load.get(search + oneWordWithDomain.apply(i * 13)));
    Load.run("warm-up", 300, 2, 200, i -> Load.get(search + twoWords.apply(i * 11)));

    List<Load.Result> results = new ArrayList<>();
    results.add(
        Load.run(
            "text + domain filter, 1 client",
            requests,
            1,
            200,
            i -> Load.get(search + oneWordWithDomain.apply(i))));
    results.add(
        Load.run(
            "text + domain filter, 4 clients",
            requests,
            4,
            200,
            i -> Load.get(search + oneWordWithDomain.apply(i + 1))));
    results.add(
        Load.run(
            "two words, 1 client",
            requests / 2,
            1,
            200,
            i -> Load.get(search + twoWords.apply(i))));
    results.add(
        Load.run(
            "prefix + region filter, 1 client",
            requests / 2,
            1,
            200,
            i -> Load.get(search + prefixWithRegion.apply(i))));
    results.add(
        Load.run(
            "text near a place (100 km), 1 client",
            requests / 2,
            1,
            200,
            i -> Load.get(search + near.apply(i))));
    results.add(
        Load.run(
            "no text, rarity + domain, 1 client",
            requests / 2,
            1,
            200,
            i -> Load.get(search + rarityOnly.apply(i))));
    System.out.println();
    System.out.println(Load.Result.header());
    results.forEach(result -> System.out.println(result.line()));
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
