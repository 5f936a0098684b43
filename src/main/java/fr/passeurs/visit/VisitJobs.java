package fr.passeurs.visit;

import fr.passeurs.platform.DueWork;
import fr.passeurs.platform.persistence.DatabaseMigration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Expires the visit requests nobody answered before their limit, every minute (or {@code
 * passeurs.jobs.interval-seconds}). Safe on several instances: each booking is locked and checked
 * again before it changes.
 */
@ApplicationScoped
public class VisitJobs {

  private static final Logger LOG = Logger.getLogger(VisitJobs.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private VisitBookingService bookings;

  @Inject
  @ConfigProperty(name = "passeurs.jobs.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  private ScheduledFuture<?> expiry;

  void start(
      @Observes @Priority(DatabaseMigration.DEMO + 210) @Initialized(ApplicationScoped.class)
          Object start) {
    expiry =
        executor.scheduleWithFixedDelay(
            this::expireUnanswered, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Expires every request due, each in a transaction of its own; returns how many expired. */
  public int expireUnanswered() {
    return DueWork.each(LOG, "the visit request", bookings::dueForExpiry, bookings::expire);
  }

  @PreDestroy
  void stop() {
    if (expiry != null) {
      expiry.cancel(false);
    }
  }
}
