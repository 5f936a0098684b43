package fr.passeurs.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the REST API, as any client would call it. */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String authorization;
  private final Map<String, String> headers;

  private Api(String base, String authorization, Map<String, String> headers) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization = authorization;
    this.headers = Map.copyOf(headers);
  }

  /** Anonymous calls to the application deployed at this URL. */
  public static Api at(URL url) {
    return new Api(url.toString(), null, Map.of());
  }

  /** The same, sending this header too ({@code Accept-Language}, {@code X-Forwarded-For}…). */
  public Api header(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(name, value);
    return new Api(base, authorization, more);
  }

  /** The same, logged in with HTTP Basic. */
  public Api as(String email, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + token, headers);
  }

  public Api as(Fixtures.Person person) {
    return as(person.email(), person.password());
  }

  public Api anonymous() {
    return new Api(base, null, headers);
  }

  /** The same, with a raw Authorization header. */
  public Api withAuthorization(String header) {
    return new Api(base, header, headers);
  }

  public String base() {
    return base;
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  public Response post(String path, Object json) {
    return send("POST", path, json == null ? null : json.toString());
  }

  public Response put(String path, Object json) {
    return send("PUT", path, json.toString());
  }

  public Response delete(String path) {
    return send("DELETE", path, null);
  }

  /** Any method, with a body sent as application/json when there is one. */
  public Response send(String method, String path, String body) {
    return send(method, path, body, "application/json");
  }

  public Response send(String method, String path, String body, String contentType) {
    return send(method, path, body, contentType, "application/json, application/problem+json");
  }

  /** A GET as a client that is not after JSON (a calendar application, a browser) would send. */
  public Response fetch(String path, String accept) {
    return send("GET", path, null, null, accept);
  }

  /** A file as bytes (a PDF, an image), with the status and media type of the answer. */
  public Download download(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept)
            .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      recordedBytes(response);
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A downloaded file. */
  public record Download(int status, String contentType, byte[] body) {}

  private Response send(
      String method, String path, String body, String contentType, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return recorded(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET whose answer is read as bytes (a PDF). */
  public HttpResponse<byte[]> download(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    try {
      return recordedBytes(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A POST of bytes (a PDF) of that media type. */
  public Response postBytes(String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    try {
      return recorded(
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Response recorded(HttpResponse<String> response) {
    Exchanges.record(
        response.request().method(),
        response.uri(),
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.body());
    return new Response(response);
  }

  /** A binary answer is recorded without its body: only its status and media type are checked. */
  private static HttpResponse<byte[]> recordedBytes(HttpResponse<byte[]> response) {
    String type = response.headers().firstValue("Content-Type").orElse(null);
    boolean json = type != null && type.contains("json");
    Exchanges.record(
        response.request().method(),
        response.uri(),
        response.statusCode(),
        type,
        json ? new String(response.body(), StandardCharsets.UTF_8) : null);
    return response;
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** An HTTP answer, with its body read as JSON on demand. */
  public static final class Response {
    private final HttpResponse<String> raw;

    Response(HttpResponse<String> raw) {
      this.raw = raw;
    }

    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(raw.body()))) {
        return reader.read();
      } catch (RuntimeException e) {
        throw new AssertionError("Not JSON (HTTP " + raw.statusCode() + "): " + raw.body(), e);
      }
    }

    @Override
    public String toString() {
      return raw.request().method()
          + " "
          + raw.uri()
          + " -> "
          + raw.statusCode()
          + " "
          + raw.body();
    }
  }
}
