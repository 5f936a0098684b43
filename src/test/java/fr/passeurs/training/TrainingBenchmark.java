package fr.passeurs.training;

import static fr.passeurs.bench.BenchHttp.expect;
import static fr.passeurs.bench.BenchHttp.read;

import fr.passeurs.bench.BenchClient;
import fr.passeurs.bench.BenchDatabase;
import fr.passeurs.bench.BenchServer;
import fr.passeurs.bench.Load;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trainings under load, through REST on a fresh database: a year of weekly sessions in 100
 * manufactures (two artisans sharing one room in each), then searches of that year, then many
 * apprentices enrolling in one session at once.
 *
 * <p>{@code mvn -Pbench package -Dbench=fr.passeurs.training.TrainingBenchmark
 * [-Dbench.db=mariadb]}. The server hashes passwords with 1,024 PBKDF2 iterations, so that what is
 * measured is enrolment and not the first check of each apprentice's password.
 */
public final class TrainingBenchmark {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final int MANUFACTURES = 100;
  private static final int WEEKS = 52;
  private static final int APPRENTICES = 1000;
  private static final String ADMIN = "admin@bench.passeurs.fr";
  private static final String PASSWORD = "bench-password-1";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final BenchClient client;
  private final Random random = new Random(20261126L);

  private TrainingBenchmark(String base) {
    this.base = base;
    this.client = new BenchClient(base, PASSWORD);
  }

  /** A manufacture of the bench: where it is, its room and its two artisans' trainings. */
  private record Place(String id, double latitude, double longitude, String room) {}

  public static void main(String[] args) throws Exception {
    int requests = Integer.getInteger("bench.requests", 1_000);
    BenchDatabase database = BenchDatabase.fromSystemProperties("h2-training");
    System.out.printf(
        "Training benchmark on %s: %d manufactures, %d weeks, %d apprentices%n",
        database.kind(), MANUFACTURES, WEEKS, APPRENTICES);
    database.recreate();
    Map<String, String> properties = BenchClient.serverProperties(ADMIN, PASSWORD);
    try (BenchServer server = BenchServer.start(database, 8091, properties)) {
      TrainingBenchmark bench = new TrainingBenchmark(server.base());
      long start = System.nanoTime();
      List<Place> places = bench.loadYear();
      System.out.printf("Loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);
      bench.measureSearch(places, requests);
      bench.measureEnrolment(places.get(0));
    }
  }

  /** 100 manufactures, each with a room and two artisans who teach on Mondays and Tuesdays. */
  private List<Place> loadYear() throws Exception {
    LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    List<Place> places = new ArrayList<>();
    List<String[]> plans = new ArrayList<>();
    for (int m = 0; m < MANUFACTURES; m++) {
      double lat = 43.0 + random.nextDouble() * 6.0;
      double lon = -1.5 + random.nextDouble() * 8.0;
      String manufacture =
          BenchClient.created(
                  client.post(
                      "/api/manufactures",
                      ADMIN,
                      Json.createObjectBuilder()
                          .add("name", "Manufacture " + m)
                          .add("street", m + " rue des Ateliers")
                          .add("postalCode", "23200")
                          .add("city", "Ville " + m)
                          .add("region", "NOUVELLE_AQUITAINE")
                          .add("latitude", lat)
                          .add("longitude", lon)
                          .add("description", "Atelier partagé.")
                          .build()))
              .getString("id");
      String manager = "manager" + m + "@bench.passeurs.fr";
      BenchClient.created(
          client.post(
              "/api/manufactures/" + manufacture + "/managers",
              ADMIN,
              Json.createObjectBuilder()
                  .add("email", manager)
                  .add("displayName", "Gérance " + m)
                  .add("password", PASSWORD)
                  .build()));
      String room =
          BenchClient.created(
                  client.post(
                      "/api/manufactures/" + manufacture + "/rooms",
                      manager,
                      Json.createObjectBuilder()
                          .add("name", "Atelier")
                          .add("capacity", 20)
                          .add("wheelchairAccessible", true)
                          .build()))
              .getString("id");
      places.add(new Place(manufacture, lat, lon, room));
      for (int a = 0; a < 2; a++) {
        String artisan = "artisan" + m + "-" + a + "@bench.passeurs.fr";
        String id =
            BenchClient.created(
                    client.post(
                        "/api/accounts",
                        null,
                        Json.createObjectBuilder()
                            .add("email", artisan)
                            .add("password", PASSWORD)
                            .add("displayName", "Artisan " + m + "-" + a)
                            .add("role", "ARTISAN")
                            .add("manufactureId", manufacture)
                            .build()))
                .getString("id");
        expect(client.post("/api/accounts/" + id + "/activate", ADMIN, null), 200);
        String knowHow =
            BenchClient.created(
                    client.post(
                        "/api/know-how",
                        artisan,
                        Json.createObjectBuilder()
                            .add("title", "Savoir-faire " + m + "-" + a)
                            .add("summary", "Un geste rare.")
                            .add("description", "Transmis en atelier.")
                            .add("domain", "WOOD")
                            .build()))
                .getString("id");
        String training =
            BenchClient.created(
                    client.post(
                        "/api/trainings",
                        artisan,
                        Json.createObjectBuilder()
                            .add("knowHowId", knowHow)
                            .add("title", "Initiation " + m + "-" + a)
                            .add("level", "BEGINNER")
                            .add("durationHours", 3)
                            .add("minParticipants", 1)
                            .add("maxParticipants", 12)
                            .add("priceCents", 0)
                            .build()))
                .getString("id");
        for (int w = 0; w < WEEKS; w++) {
          LocalDate day = monday.plusWeeks(w).plusDays(a);
          plans.add(new String[] {artisan, training, room, day.toString()});
        }
      }
    }
    System.out.printf("  %d manufactures, %d artisans ready%n", MANUFACTURES, 2 * MANUFACTURES);
    AtomicInteger done = new AtomicInteger();
    runAll(
        plans.size(),
        4,
        i -> {
          String[] plan = plans.get(i);
          LocalDate day = LocalDate.parse(plan[3]);
          expect(
              client.post(
                  "/api/trainings/" + plan[1] + "/sessions",
                  plan[0],
                  Json.createObjectBuilder()
                      .add("roomId", plan[2])
                      .add(
                          "slots",
                          Json.createArrayBuilder()
                              .add(
                                  Json.createObjectBuilder()
                                      .add("start", paris(day, 9, 0).toString())
                                      .add("end", paris(day, 12, 30).toString())))
                      .add("seats", 12)
                      .add("enrolmentDeadline", paris(day.minusDays(1), 18, 0).toString())
                      .build()),
              201);
          if (done.incrementAndGet() % 2000 == 0) {
            System.out.printf("  %,d sessions%n", done.get());
          }
        });
    System.out.printf("  %,d sessions scheduled%n", plans.size());
    return places;
  }

  private void measureSearch(List<Place> places, int requests) throws Exception {
    LocalDate today = LocalDate.now(PARIS);
    String sessions = base + "/api/sessions?size=20";
    java.util.function.IntFunction<String> month =
        i -> {
          LocalDate from = today.plusDays((i * 37L) % 330);
          return "&from=" + from + "&to=" + from.plusDays(30);
        };
    java.util.function.IntFunction<String> manufacture =
        i -> "&manufacture=" + places.get((i * 7) % places.size()).id() + month.apply(i);
    java.util.function.IntFunction<String> near =
        i -> {
          Place p = places.get((i * 11) % places.size());
          return "&near=" + p.latitude() + "," + p.longitude() + "&radiusKm=100" + month.apply(i);
        };
    Load.run("warm-up", 300, 2, 200, i -> Load.get(sessions + month.apply(i)));
    Load.run("warm-up", 300, 2, 200, i -> Load.get(sessions + near.apply(i)));
    List<Load.Result> results = new ArrayList<>();
    results.add(
        Load.run(
            "sessions of a month, 1 client",
            requests,
            1,
            200,
            i -> Load.get(sessions + month.apply(i))));
    results.add(
        Load.run(
            "sessions of a month, 4 clients",
            requests,
            4,
            200,
            i -> Load.get(sessions + month.apply(i + 1))));
    results.add(
        Load.run(
            "a manufacture's month, 1 client",
            requests,
            1,
            200,
            i -> Load.get(sessions + manufacture.apply(i))));
    results.add(
        Load.run(
            "a month within 100 km, 1 client",
            requests,
            1,
            200,
            i -> Load.get(sessions + near.apply(i))));
    System.out.println();
    System.out.println(Load.Result.header());
    results.forEach(r -> System.out.println(r.line()));
  }

  /** Many apprentices enrol in one 12-seat session at once. */
  private void measureEnrolment(Place place) throws Exception {
    JsonObject page =
        read(
            HTTP.send(
                Load.get(base + "/api/sessions?size=1&manufacture=" + place.id()),
                HttpResponse.BodyHandlers.ofString()));
    String session = page.getJsonArray("items").getJsonObject(0).getString("id");
    List<String> apprentices = new ArrayList<>();
    for (int i = 0; i < APPRENTICES; i++) {
      apprentices.add("apprentice" + i + "@bench.passeurs.fr");
    }
    runAll(
        APPRENTICES,
        4,
        i ->
            BenchClient.created(
                client.post(
                    "/api/accounts",
                    null,
                    Json.createObjectBuilder()
                        .add("email", apprentices.get(i))
                        .add("password", PASSWORD)
                        .add("displayName", "Apprenti " + i)
                        .add("role", "APPRENTICE")
                        .build())));
    // Each apprentice logs in once, so that the timed requests find their login remembered.
    runAll(APPRENTICES, 4, i -> expect(client.get("/api/me", apprentices.get(i)), 200));
    List<Load.Result> results = new ArrayList<>();
    results.add(
        Load.run(
            "enrol in one session, 16 clients",
            APPRENTICES,
            16,
            201,
            i ->
                client.request(
                    "POST", "/api/sessions/" + session + "/enrolments", apprentices.get(i), null)));
    JsonObject after =
        read(
            HTTP.send(
                Load.get(base + "/api/sessions/" + session), HttpResponse.BodyHandlers.ofString()));
    System.out.println();
    System.out.println(Load.Result.header());
    results.forEach(r -> System.out.println(r.line()));
    System.out.printf(
        "After: %d confirmed of %d seats, %d waiting%n",
        after.getInt("confirmed"),
        after.getInt("seats"),
        after.getJsonNumber("waitlisted").longValue());
  }

  private static Instant paris(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(PARIS).toInstant();
  }

  /** Runs {@code count} tasks on {@code threads} threads; the first failure stops the bench. */
  private static void runAll(int count, int threads, java.util.function.IntConsumer task)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
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
  }
}
