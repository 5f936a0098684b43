package fr.passeurs.machinepark;

import static fr.passeurs.bench.BenchHttp.expect;
import static fr.passeurs.bench.BenchHttp.read;

import fr.passeurs.bench.BenchClient;
import fr.passeurs.bench.BenchDatabase;
import fr.passeurs.bench.BenchServer;
import fr.passeurs.bench.Load;
import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The machine park under load, through REST on a fresh database: one manufacture with 30 machines
 * and 50 artisans, 2,000 bookings over the next four weeks; then the free windows of a machine over
 * those four weeks, from one client; then 50 clients booking random slots of the 30 machines for 30
 * seconds; then the database is searched for any machine or person booked twice.
 *
 * <p>{@code mvn -Pbench package -Dbench=fr.passeurs.machinepark.MachineParkBenchmark
 * [-Dbench.db=mariadb] [-Dbench.requests=2000]}. Passwords are hashed with 1,024 PBKDF2 iterations
 * and every artisan logs in once before the timed runs, so that what is measured is booking and not
 * the first check of a password.
 */
public final class MachineParkBenchmark {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final int MACHINES = 30;
  private static final int ARTISANS = 50;
  private static final int EXISTING = 2_000;
  private static final int CLIENTS = 50;
  private static final Duration RUSH = Duration.ofSeconds(30);
  private static final String ADMIN = "admin@bench.passeurs.fr";
  private static final String MANAGER = "manager@bench.passeurs.fr";
  private static final String PASSWORD = "bench-password-1";
  private final String base;
  private final BenchClient client;
  private final Random random = new Random(20261208L);
  private String manufacture;
  private final List<String> machines = new ArrayList<>();
  private final List<String> artisans = new ArrayList<>();
  private final List<String> artisanIds = new ArrayList<>();
  private LocalDate monday;

  private MachineParkBenchmark(String base) {
    this.base = base;
    this.client = new BenchClient(base, PASSWORD);
  }

  public static void main(String[] args) throws Exception {
    int requests = Integer.getInteger("bench.requests", 1_000);
    BenchDatabase database = BenchDatabase.fromSystemProperties("h2-machinepark");
    System.out.printf(
        "Machine park benchmark on %s: %d machines, %d artisans, %d bookings%n",
        database.kind(), MACHINES, ARTISANS, EXISTING);
    database.recreate();
    Map<String, String> properties = BenchClient.serverProperties(ADMIN, PASSWORD);
    try (BenchServer server = BenchServer.start(database, 8092, properties)) {
      MachineParkBenchmark bench = new MachineParkBenchmark(server.base());
      long start = System.nanoTime();
      bench.loadPark();
      int booked = bench.loadBookings();
      System.out.printf(
          "Loaded %d bookings in %.0f s%n", booked, (System.nanoTime() - start) / 1e9);
      List<Load.Result> results = new ArrayList<>();
      results.addAll(bench.measureAvailability(requests));
      results.add(bench.rush());
      System.out.println();
      System.out.println(Load.Result.header());
      results.forEach(r -> System.out.println(r.line()));
    }
    checkNothingTwice(database);
  }

  /** A manufacture, its manager, three rooms of ten machines, fifty artisans. */
  private void loadPark() {
    manufacture =
        BenchClient.created(
                client.post(
                    "/api/manufactures",
                    ADMIN,
                    Json.createObjectBuilder()
                        .add("name", "Manufacture du banc d'essai")
                        .add("street", "1 rue des Ateliers")
                        .add("postalCode", "63300")
                        .add("city", "Thiers")
                        .add("region", "AUVERGNE_RHONE_ALPES")
                        .add("latitude", 45.85)
                        .add("longitude", 3.54)
                        .add("description", "Atelier partagé.")
                        .build()))
            .getString("id");
    BenchClient.created(
        client.post(
            "/api/manufactures/" + manufacture + "/managers",
            ADMIN,
            Json.createObjectBuilder()
                .add("email", MANAGER)
                .add("displayName", "Gérance")
                .add("password", PASSWORD)
                .build()));
    for (int r = 0; r < 3; r++) {
      String room =
          BenchClient.created(
                  client.post(
                      "/api/manufactures/" + manufacture + "/rooms",
                      MANAGER,
                      Json.createObjectBuilder()
                          .add("name", "Atelier " + r)
                          .add("capacity", 10)
                          .add("wheelchairAccessible", true)
                          .build()))
              .getString("id");
      for (int m = 0; m < MACHINES / 3; m++) {
        String machine =
            BenchClient.created(
                    client.post(
                        "/api/manufactures/" + manufacture + "/machines",
                        MANAGER,
                        Json.createObjectBuilder()
                            .add("name", "Machine " + r + "-" + m)
                            .add("kind", "cnc")
                            .add("roomId", room)
                            .add("requiresAuthorisation", false)
                            .build()))
                .getString("id");
        expect(
            BenchClient.send(
                client.request(
                    "PUT",
                    "/api/manufactures/" + manufacture + "/machines/" + machine + "/booking-rules",
                    MANAGER,
                    Json.createObjectBuilder()
                        .add("bookable", true)
                        .add("slotMinutes", 30)
                        .add("minMinutes", 30)
                        .add("maxMinutes", 240)
                        .add("weeklyHours", 168)
                        .add("horizonDays", 60)
                        .add("freeCancelHours", 24)
                        .add("hourlyRateCents", 1000)
                        .build())),
            200);
        machines.add(machine);
      }
    }
    for (int a = 0; a < ARTISANS; a++) {
      String artisan = "artisan" + a + "@bench.passeurs.fr";
      String id =
          BenchClient.created(
                  client.post(
                      "/api/accounts",
                      null,
                      Json.createObjectBuilder()
                          .add("email", artisan)
                          .add("password", PASSWORD)
                          .add("displayName", "Artisan " + a)
                          .add("role", "ARTISAN")
                          .add("manufactureId", manufacture)
                          .build()))
              .getString("id");
      expect(client.post("/api/accounts/" + id + "/activate", ADMIN, null), 200);
      expect(client.get("/api/me", artisan), 200);
      artisans.add(artisan);
      artisanIds.add(id);
    }
    monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  /** A random hour of a weekday of the four weeks from next Monday, 09:00 to 18:00. */
  private Instant[] randomHour(Random random) {
    LocalDate day = monday.plusWeeks(random.nextInt(4)).plusDays(random.nextInt(5));
    int hour = 9 + random.nextInt(9);
    Instant start = day.atTime(hour, 0).atZone(PARIS).toInstant();
    return new Instant[] {start, start.plus(Duration.ofHours(1))};
  }

  /** A booking of a random machine for that hour. */
  private jakarta.json.JsonObjectBuilder booking(Random random, Instant[] hour) {
    return Json.createObjectBuilder()
        .add("machineId", machines.get(random.nextInt(MACHINES)))
        .add("start", hour[0].toString())
        .add("end", hour[1].toString());
  }

  /** The manager books for the artisans until 2,000 bookings hold; collisions are skipped. */
  private int loadBookings() throws Exception {
    AtomicInteger booked = new AtomicInteger();
    AtomicInteger tried = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Random own = new Random(random.nextLong());
        workers.add(
            pool.submit(
                () -> {
                  while (booked.get() < EXISTING) {
                    Instant[] hour = randomHour(own);
                    tried.incrementAndGet();
                    HttpResponse<String> answer =
                        client.post(
                            "/api/machine-bookings",
                            MANAGER,
                            booking(own, hour)
                                .add("forAccountId", artisanIds.get(own.nextInt(ARTISANS)))
                                .build());
                    if (answer.statusCode() == 201) {
                      booked.incrementAndGet();
                    } else if (answer.statusCode() != 409) {
                      expect(answer, 201);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("  %d tried, %d booked%n", tried.get(), booked.get());
    return booked.get();
  }

  /** The free windows of one machine over four weeks, one machine after the other. */
  private List<Load.Result> measureAvailability(int requests) throws Exception {
    String to = monday.plusWeeks(4).toString();
    java.util.function.IntFunction<HttpRequest> availability =
        i ->
            Load.get(
                base
                    + "/api/manufactures/"
                    + manufacture
                    + "/machines/"
                    + machines.get(i % MACHINES)
                    + "/availability?from="
                    + monday
                    + "&to="
                    + to);
    Load.run("warm-up", 300, 2, 200, availability);
    List<Load.Result> results = new ArrayList<>();
    results.add(
        Load.run(
            "availability over 4 weeks, 1 client",
            requests,
            1,
            200,
            availability,
            (i, response) -> read(response).getJsonArray("windows").size() > 0));
    results.add(Load.run("availability over 4 weeks, 4 clients", requests, 4, 200, availability));
    return results;
  }

  /** 50 artisans book random hours of random machines for 30 seconds. */
  private Load.Result rush() throws Exception {
    AtomicInteger created = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<long[]> latencies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long deadline = System.nanoTime() + RUSH.toNanos();
    long start = System.nanoTime();
    try {
      List<Future<long[]>> workers = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String artisan = artisans.get(c % ARTISANS);
        Random own = new Random(random.nextLong());
        workers.add(
            pool.submit(
                () -> {
                  long[] mine = new long[100_000];
                  int n = 0;
                  while (System.nanoTime() < deadline && n < mine.length) {
                    Instant[] hour = randomHour(own);
                    long sent = System.nanoTime();
                    HttpResponse<String> answer =
                        client.post("/api/machine-bookings", artisan, booking(own, hour).build());
                    mine[n++] = (System.nanoTime() - sent) / 1000;
                    if (answer.statusCode() == 201) {
                      created.incrementAndGet();
                    } else if (answer.statusCode() == 409) {
                      conflicts.incrementAndGet();
                    } else {
                      errors.incrementAndGet();
                    }
                  }
                  return Arrays.copyOf(mine, n);
                }));
      }
      for (Future<long[]> worker : workers) {
        latencies.add(worker.get());
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
    System.out.printf(
        "Rush: %d requests in %.1f s, %d booked (%.0f bookings/s), %d refused as taken, %d other%n",
        all.length, seconds, created.get(), created.get() / seconds, conflicts.get(), errors.get());
    return new Load.Result(
        "book random slots, " + CLIENTS + " clients, 30 s",
        all.length,
        CLIENTS,
        errors.get(),
        seconds,
        all);
  }

  /** Searches the database for a machine or a person held twice at once; fails if any is. */
  private static void checkNothingTwice(BenchDatabase database) throws Exception {
    String overlapping =
        "SELECT COUNT(*) FROM machine_booking a JOIN machine_booking b ON a.id < b.id"
            + " AND a.status = 'BOOKED' AND b.status = 'BOOKED'"
            + " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at AND ";
    try (Connection db = database.connect();
        Statement sql = db.createStatement()) {
      long machineTwice = count(sql, overlapping + "a.machine_id = b.machine_id");
      long personTwice = count(sql, overlapping + "a.account_id = b.account_id");
      long booked = count(sql, "SELECT COUNT(*) FROM machine_booking WHERE status = 'BOOKED'");
      long held =
          count(
              sql,
              "SELECT COUNT(*) FROM reservation WHERE holder_type = 'MACHINE_BOOKING'"
                  + " AND resource_type = 'MACHINE'");
      System.out.printf(
          "Database: %d bookings held, %d machine reservations; machines booked twice: %d,"
              + " people booked twice: %d%n",
          booked, held, machineTwice, personTwice);
      if (machineTwice != 0 || personTwice != 0 || booked != held) {
        throw new IllegalStateException("double booking or lost reservation found");
      }
    }
  }

  private static long count(Statement sql, String query) throws Exception {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
