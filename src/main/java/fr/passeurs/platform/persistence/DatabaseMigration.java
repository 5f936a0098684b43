package fr.passeurs.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in {@code db/migration} before anything uses
 * JPA: it observes the application's start first of all observers. JPA never generates schema. A
 * migration that fails stops the deployment with a message saying which one and why.
 */
@ApplicationScoped
public class DatabaseMigration {

  /** Observers of the start-up run in this order: migrate, then bootstrap, then demo data. */
  public static final int MIGRATE = 100;

  public static final int BOOTSTRAP = 1000;
  public static final int DEMO = 2000;

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/passeurs")
  private DataSource dataSource;

  private volatile String databaseProduct = "";

  void migrate(@Observes @Priority(MIGRATE) @Initialized(ApplicationScoped.class) Object start) {
    try {
      databaseProduct = productName();
      MigrateResult result =
          Flyway.configure(DatabaseMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .validateMigrationNaming(true)
              .load()
              .migrate();
      LOG.info(
          () ->
              "Database "
                  + databaseProduct
                  + " at schema version "
                  + (result.targetSchemaVersion == null
                      ? result.initialSchemaVersion
                      : result.targetSchemaVersion)
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now).");
    } catch (FlywayException | SQLException e) {
      String message =
          "Passeurs cannot start: the database migration failed. "
              + e.getMessage()
              + " Fix the database or the migration, then start again.";
      LOG.log(Level.SEVERE, message, e);
      throw new IllegalStateException(message, e);
    }
  }

  private String productName() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    }
  }

  /** True when the application runs on the embedded H2 database. */
  public boolean isEmbeddedDatabase() {
    return databaseProduct.toLowerCase(java.util.Locale.ROOT).contains("h2");
  }
}
