package fr.passeurs.people;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.persistence.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the platform's first admin at start-up from {@code PASSEURS_ADMIN_EMAIL} and {@code
 * PASSEURS_ADMIN_PASSWORD}, if no admin exists yet. Once an admin exists, these settings are not
 * read again: there is no default password anywhere.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject private AccountService accounts;

  @Inject
  @ConfigProperty(name = "passeurs.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "passeurs.admin.password")
  Optional<String> password;

  void createFirstAdmin(
      @Observes @Priority(DatabaseMigration.BOOTSTRAP) @Initialized(ApplicationScoped.class)
          Object start) {
    if (accounts.hasAdmin()) {
      return;
    }
    if (email.isEmpty() || password.isEmpty()) {
      return;
    }
    try {
      if (accounts.createFirstAdmin(email.get(), "Administration Passeurs", password.get())) {
        LOG.info(() -> "Created the admin account " + email.get() + ".");
      }
    } catch (DomainException e) {
      LOG.severe("The admin account was not created: " + e.getMessage());
    }
  }

  /** Once start-up work is done (demo data may bring an admin), says how to get one if none. */
  void warnIfNoAdmin(
      @Observes @Priority(DatabaseMigration.DEMO + 100) @Initialized(ApplicationScoped.class)
          Object start) {
    if (!accounts.hasAdmin()) {
      LOG.warning(
          "There is no admin account yet. Set PASSEURS_ADMIN_EMAIL and PASSEURS_ADMIN_PASSWORD"
              + " (10 characters at least) and restart to create it.");
    }
  }
}
