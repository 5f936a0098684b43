package fr.passeurs.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares the Payara Micro that Arquillian starts for the integration tests, once per test run:
 * the database leg (H2 in memory, or the MariaDB database given by {@code PASSEURS_DB_URL}, emptied
 * first), a first admin with a password made up for this run, and fast password hashing. Does
 * nothing for unit tests (only the integration test run sets {@code passeurs.test.db}).
 */
public class TestRuntime implements LauncherSessionListener {

  public static final String ADMIN_EMAIL = "admin@test.passeurs.fr";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String leg = System.getProperty("passeurs.test.db");
    if (leg == null || System.getProperty("passeurs.test.jvmOptions") != null) {
      return;
    }
    Path root = Path.of(System.getProperty("passeurs.test.basedir", ".")).toAbsolutePath();
    Path payara = root.resolve("target/payara");
    String adminPassword = "T" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    System.setProperty("passeurs.test.admin.password", adminPassword);

    List<String> jvm = new ArrayList<>();
    jvm.add("-Xmx1g");
    jvm.add("-Duser.timezone=UTC");
    jvm.add("-Dfile.encoding=UTF-8");
    jvm.add("-Dpasseurs.admin.email=" + ADMIN_EMAIL);
    jvm.add("-Dpasseurs.admin.password=" + adminPassword);
    jvm.add("-Dpasseurs.password.iterations=1024");
    jvm.add("-Dpasseurs.demo=true");
    jvm.add("-Dpasseurs.smtp.host=127.0.0.1");
    jvm.add("-Dpasseurs.smtp.port=" + smtp().port());
    jvm.add("-Dpasseurs.mail.interval-seconds=1");
    jvm.add("-Dpasseurs.mail.retry-seconds=1");
    jvm.add("-Dpasseurs.jobs.interval-seconds=3600");
    // the tests pass for clients of other addresses through X-Forwarded-For, as a load balancer
    // in front of the server would: the test JVM, on any address of this machine, is the proxy
    jvm.add("-Dpasseurs.trusted-proxies=" + String.join(",", localAddresses()));
    String postBoot;
    if ("mariadb".equals(leg)) {
      resetMariaDb();
      postBoot = root.resolve("payara/post-boot-mariadb.asadmin").toString();
    } else {
      jvm.add(
          "-Dpasseurs.h2.url=jdbc:h2:mem:passeurs;DB_CLOSE_DELAY=-1;MODE=MariaDB;"
              + "DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000");
      postBoot = root.resolve("payara/post-boot-h2.asadmin").toString();
    }
    System.setProperty("passeurs.test.microJar", payara.resolve("payara-micro.jar").toString());
    System.setProperty("passeurs.test.jvmOptions", String.join(" ", jvm));
    System.setProperty(
        "passeurs.test.microOptions",
        "--prebootcommandfile "
            + root.resolve("payara/pre-boot.asadmin")
            + " --postbootcommandfile "
            + postBoot
            + " --addlibs "
            + payara.resolve("mariadb-java-client.jar"));
    System.setProperty(
        "passeurs.test.console", String.valueOf(Boolean.getBoolean("passeurs.test.showServerLog")));
    if (!Files.exists(payara.resolve("payara-micro.jar"))) {
      throw new IllegalStateException("Payara Micro is missing: run the tests with mvn verify");
    }
  }

  /** Every address of this machine, as a server here sees a client of this machine. */
  static List<String> localAddresses() {
    List<String> addresses = new ArrayList<>(List.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
    try {
      for (var network :
          java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
        for (var address : java.util.Collections.list(network.getInetAddresses())) {
          String text = address.getHostAddress();
          int zone = text.indexOf('%');
          addresses.add(zone < 0 ? text : text.substring(0, zone));
        }
      }
    } catch (java.net.SocketException e) {
      // the loopback addresses are enough on a machine that lists no interface
    }
    return addresses.stream().distinct().toList();
  }

  /** Drops every table of the test database, so that each run starts from a fresh schema. */
  private static void resetMariaDb() {
    String url = System.getenv("PASSEURS_DB_URL");
    try (Connection db =
        DriverManager.getConnection(
            url, System.getenv("PASSEURS_DB_USER"), System.getenv("PASSEURS_DB_PASSWORD"))) {
      MariaDbTables.dropAll(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the MariaDB test database at " + url, e);
    }
  }

  private static FakeSmtpServer smtp;

  /** The mail server the application under test sends to, for the whole test run. */
  public static synchronized FakeSmtpServer smtp() {
    if (smtp == null) {
      try {
        smtp = new FakeSmtpServer();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Cannot open the fake SMTP server", e);
      }
    }
    return smtp;
  }

  public static String adminPassword() {
    return System.getProperty("passeurs.test.admin.password");
  }
}
