package fr.passeurs.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The application on Payara Micro, started as in production against the bench database. */
public final class BenchServer implements AutoCloseable {

  private final Process process;
  private final String base;

  private BenchServer(Process process, String base) {
    this.process = process;
    this.base = base;
  }

  public static BenchServer start(BenchDatabase database, int port) throws Exception {
    return start(database, port, java.util.Map.of());
  }

  /** The same, with these system properties ({@code passeurs.admin.email}…) for the server. */
  public static BenchServer start(
      BenchDatabase database, int port, java.util.Map<String, String> properties) throws Exception {
    Path payara = Path.of("target/payara").toAbsolutePath();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-Duser.timezone=UTC");
    command.add("-Dpasseurs.demo=false");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    // e.g. -Dbench.serverJvmOptions=-XX:StartFlightRecording=filename=target/bench/server.jfr
    String extra = System.getProperty("bench.serverJvmOptions", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    if (database.isH2()) {
      command.add("-Dpasseurs.h2.url=" + database.url());
    }
    command.addAll(
        List.of(
            "-jar",
            payara.resolve("payara-micro.jar").toString(),
            "--nocluster",
            "--port",
            Integer.toString(port),
            "--addlibs",
            payara.resolve("mariadb-java-client.jar").toString(),
            "--prebootcommandfile",
            Path.of("payara/pre-boot.asadmin").toAbsolutePath().toString(),
            "--postbootcommandfile",
            Path.of(
                    database.isH2()
                        ? "payara/post-boot-h2.asadmin"
                        : "payara/post-boot-mariadb.asadmin")
                .toAbsolutePath()
                .toString(),
            "--deploy",
            Path.of("target/passeurs.war").toAbsolutePath().toString(),
            "--contextroot",
            "/"));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (!database.isH2()) {
      builder.environment().put("PASSEURS_DB_URL", database.url());
      builder.environment().put("PASSEURS_DB_USER", database.user());
      builder.environment().put("PASSEURS_DB_PASSWORD", database.password());
    }
    File log = Path.of("target/bench/server-" + database.kind() + ".log").toFile();
    log.getParentFile().mkdirs();
    builder.redirectErrorStream(true).redirectOutput(log);
    BenchServer server = new BenchServer(builder.start(), "http://localhost:" + port);
    server.awaitHealthy(log);
    return server;
  }

  public String base() {
    return base;
  }

  private void awaitHealthy(File log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped; see " + log);
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/crafts?size=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Payara Micro did not start in time; see " + log);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
