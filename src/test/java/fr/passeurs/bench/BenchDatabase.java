package fr.passeurs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The database a benchmark fills and then serves: a fresh H2 file under {@code target/bench}, or
 * the MariaDB database of the MariaDB test leg ({@code PASSEURS_TEST_DB_*}), emptied first.
 */
public final class BenchDatabase {

  private final String kind;
  private final String url;
  private final String user;
  private final String password;
  private final Path h2Directory;

  private BenchDatabase(String kind, String url, String user, String password, Path h2Directory) {
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.password = password;
    this.h2Directory = h2Directory;
  }

  /** {@code h2} or {@code mariadb}, from the system property {@code bench.db}. */
  public static BenchDatabase fromSystemProperties() {
    return fromSystemProperties("h2");
  }

  /**
   * The same, with the H2 files under {@code target/bench/<directory>}: each benchmark keeps its
   * own embedded database (MariaDB has one, that each benchmark empties).
   */
  public static BenchDatabase fromSystemProperties(String directoryName) {
    String kind = System.getProperty("bench.db", "h2");
    if (kind.equals("mariadb")) {
      return new BenchDatabase(
          kind,
          env("PASSEURS_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/passeurs_test"),
          env("PASSEURS_TEST_DB_USER", "passeurs_test"),
          env("PASSEURS_TEST_DB_PASSWORD", ""),
          null);
    }
    Path directory = Path.of("target/bench", directoryName).toAbsolutePath();
    return new BenchDatabase(
        "h2",
        "jdbc:h2:file:"
            + directory.resolve("passeurs")
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000",
        "passeurs",
        "",
        directory);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * The same database, that the benchmark may also open while the server has it: with H2, the
   * process that opens the file first serves it to the others (AUTO_SERVER).
   */
  public BenchDatabase shared() {
    return isH2()
        ? new BenchDatabase(kind, url + ";AUTO_SERVER=TRUE", user, password, h2Directory)
        : this;
  }

  public String kind() {
    return kind;
  }

  public boolean isH2() {
    return h2Directory != null;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Empties the database and brings it to the application's schema. */
  public void recreate() {
    if (isH2()) {
      deleteDirectory(h2Directory);
    } else {
      dropAllTables();
    }
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("filesystem:db/migration")
        .load()
        .migrate();
  }

  public Connection connect() throws SQLException {
    if (isH2()) {
      // while loading, let H2 reuse its file's space at once rather than keep old versions
      return DriverManager.getConnection(url + ";RETENTION_TIME=0", user, password);
    }
    return DriverManager.getConnection(url, user, password);
  }

  /** Rewrites the H2 file without the space that loading left behind. */
  public void compact() throws SQLException {
    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement sql = db.createStatement()) {
      sql.execute("SHUTDOWN COMPACT");
    }
  }

  private void dropAllTables() {
    try (Connection db = connect()) {
      fr.passeurs.testing.MariaDbTables.dropAll(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty " + url, e);
    }
  }

  private static void deleteDirectory(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
