package fr.passeurs.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Sends requests from several clients at once and reports throughput and latency percentiles. */
public final class Load {

  /** What a run measured. */
  public record Result(
      String name, int requests, int clients, int errors, double seconds, long[] latenciesMicros) {

    public double perSecond() {
      return requests / seconds;
    }

    public double percentileMillis(double p) {
      long[] sorted = latenciesMicros.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }

    public String line() {
      return String.format(
          "%-46s %7d %4d %8.0f %8.1f %8.1f %8.1f %6d",
          name,
          requests,
          clients,
          perSecond(),
          percentileMillis(50),
          percentileMillis(95),
          percentileMillis(99),
          errors);
    }

    public static String header() {
      return String.format(
          "%-46s %7s %4s %8s %8s %8s %8s %6s",
          "scenario", "requests", "cli", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Load() {}

  /**
   * Sends {@code count} requests, built by {@code request} from their number, from {@code clients}
   * threads; a response other than {@code expectedStatus} counts as an error.
   */
  public static Result run(
      String name, int count, int clients, int expectedStatus, IntFunction<HttpRequest> request)
      throws Exception {
    return run(name, count, clients, expectedStatus, request, (i, response) -> true);
  }

  /** Whether the answer to request {@code i} says what it should, beyond its status. */
  @FunctionalInterface
  public interface Check {
    boolean accepts(int i, HttpResponse<String> response);
  }

  /**
   * The same, each answer with the expected status also passed to {@code check}: one it refuses
   * counts as an error too.
   */
  public static Result run(
      String name,
      int count,
      int clients,
      int expectedStatus,
      IntFunction<HttpRequest> request,
      Check check)
      throws Exception {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest built = request.apply(i);
                    long sent = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          HTTP.send(built, HttpResponse.BodyHandlers.ofString());
                      latencies[i] = (System.nanoTime() - sent) / 1000;
                      if (response.statusCode() != expectedStatus || !check.accepts(i, response)) {
                        errors.incrementAndGet();
                      }
                    } catch (Exception e) {
                      latencies[i] = (System.nanoTime() - sent) / 1000;
                      errors.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(name, count, clients, errors.get(), seconds, latencies);
  }

  public static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
  }
}
