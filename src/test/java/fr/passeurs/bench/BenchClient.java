package fr.passeurs.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The REST client of the benchmarks that load their data through the API: requests as one of the
 * bench's accounts (all share one password), and the server properties those benchmarks start with.
 */
public final class BenchClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String password;

  public BenchClient(String base, String password) {
    this.base = base;
    this.password = password;
  }

  /**
   * The server's properties: its first admin, passwords hashed with 1,024 PBKDF2 iterations (what
   * is measured is the use case, not the first check of each password), periodic work hourly.
   */
  public static Map<String, String> serverProperties(String admin, String password) {
    return Map.of(
        "passeurs.admin.email",
        admin,
        "passeurs.admin.password",
        password,
        "passeurs.password.iterations",
        "1024",
        "passeurs.jobs.interval-seconds",
        "3600");
  }

  /** A request as that account (none for anonymous), with that JSON body if any. */
  public HttpRequest request(String method, String path, String who, JsonObject body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (who != null) {
      builder.header("Authorization", BenchHttp.basic(who, password));
    }
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return builder.build();
  }

  public HttpResponse<String> post(String path, String who, JsonObject body) {
    return send(request("POST", path, who, body));
  }

  public HttpResponse<String> get(String path, String who) {
    return send(request("GET", path, who, null));
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body of a 201 answer; anything else stops the bench. */
  public static JsonObject created(HttpResponse<String> response) {
    BenchHttp.expect(response, 201);
    return BenchHttp.read(response);
  }
}
