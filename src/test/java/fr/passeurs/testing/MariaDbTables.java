package fr.passeurs.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Empties a MariaDB database that tests or benchmarks fill: every table of it is dropped. */
public final class MariaDbTables {

  private MariaDbTables() {}

  public static void dropAll(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      sql.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String table : tables) {
        sql.execute("DROP TABLE `" + table + "`");
      }
      sql.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
  }
}
