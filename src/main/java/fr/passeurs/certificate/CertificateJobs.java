package fr.passeurs.certificate;

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
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs, every minute (or {@code passeurs.jobs.interval-seconds}), the certificate batches recorded
 * but never started: a register closed, or a visit confirmed, just before the server stopped. Safe
 * on several instances: a batch is claimed by one runner only.
 */
@ApplicationScoped
public class CertificateJobs {

  private static final Logger LOG = Logger.getLogger(CertificateJobs.class.getName());

  /** How long a batch may wait in the queue before the job takes it over. */
  static final Duration LEFT_BEHIND = Duration.ofMinutes(2);

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private CertificateBatches batches;
  @Inject private BatchRunner runner;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "passeurs.jobs.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  private ScheduledFuture<?> schedule;

  void start(
      @Observes @Priority(DatabaseMigration.DEMO + 230) @Initialized(ApplicationScoped.class)
          Object start) {
    schedule =
        executor.scheduleWithFixedDelay(
            () -> runLeftBehind(LEFT_BEHIND), intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Runs each batch queued for longer than {@code waited}; returns how many it ran. */
  public int runLeftBehind(Duration waited) {
    return DueWork.each(
        LOG,
        "the certificate batch",
        () -> batches.queuedBefore(clock.instant().minus(waited)),
        id -> {
          runner.run(id);
          return true;
        });
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
