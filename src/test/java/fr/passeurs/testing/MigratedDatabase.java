package fr.passeurs.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * An embedded database with every migration run, for tests of what the schema itself refuses.
 * References are not enforced, so that a test writes only the rows whose checks it is about.
 */
public final class MigratedDatabase {

  private MigratedDatabase() {}

  public static Connection open(String name) throws SQLException {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("filesystem:db/migration")
        .load()
        .migrate();
    Connection connection = DriverManager.getConnection(url, "sa", "");
    try (Statement s = connection.createStatement()) {
      s.execute("SET REFERENTIAL_INTEGRITY FALSE");
    }
    return connection;
  }
}
