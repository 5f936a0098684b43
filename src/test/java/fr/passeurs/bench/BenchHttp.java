package fr.passeurs.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What the benchmarks that drive a server over HTTP share: answers checked and read, a port. */
public final class BenchHttp {

  private BenchHttp() {}

  /** The answer, if it has this status; else a failure naming the request and the answer. */
  public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " -> "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response;
  }

  /** The answer's body, a JSON object. */
  public static JsonObject read(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** The value of an HTTP Basic {@code Authorization} header. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Fails unless the port is free: a server left running would answer in the benchmark's place. */
  public static void requireFreePort(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port " + port + " is taken: another server would answer the benchmark's requests", e);
    }
  }

  /** The machine's load average over the last minute, printed with the figures. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
