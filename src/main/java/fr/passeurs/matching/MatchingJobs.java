package fr.passeurs.matching;

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
 * Expires the proposed places nobody answered in time, every minute (or {@code
 * passeurs.jobs.interval-seconds}), each in its own transaction; their places go back to the
 * offers.
 */
@ApplicationScoped
public class MatchingJobs {

  private static final Logger LOG = Logger.getLogger(MatchingJobs.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private MatchService matches;

  @Inject
  @ConfigProperty(name = "passeurs.jobs.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  private ScheduledFuture<?> expiry;

  void start(
      @Observes @Priority(DatabaseMigration.DEMO + 220) @Initialized(ApplicationScoped.class)
          Object start) {
    expiry =
        executor.scheduleWithFixedDelay(
            this::expireUnanswered, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  public int expireUnanswered() {
    return DueWork.each(LOG, "the proposed place", matches::dueForExpiry, matches::expire);
  }

  @PreDestroy
  void stop() {
    if (expiry != null) {
      expiry.cancel(false);
    }
  }
}
