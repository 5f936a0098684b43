package fr.passeurs.training;

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
 * Closes the enrolment of sessions whose deadline has passed, every minute (or {@code
 * passeurs.jobs.interval-seconds}). Safe on several instances at once: each session is locked and
 * checked again before it is touched.
 */
@ApplicationScoped
public class TrainingJobs {

  private static final Logger LOG = Logger.getLogger(TrainingJobs.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private SessionService sessions;

  @Inject
  @ConfigProperty(name = "passeurs.jobs.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  private ScheduledFuture<?> deadlines;

  void start(
      @Observes @Priority(DatabaseMigration.DEMO + 200) @Initialized(ApplicationScoped.class)
          Object start) {
    deadlines =
        executor.scheduleWithFixedDelay(
            this::closeDueEnrolments, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /**
   * Closes the enrolment of every session due, each in a transaction of its own: one that fails is
   * logged and tried again at the next run, the others are done. Returns how many were cancelled.
   */
  public int closeDueEnrolments() {
    int cancelled =
        DueWork.each(LOG, "the session", sessions::dueForClosing, sessions::closeEnrolment);
    if (cancelled > 0) {
      LOG.info(
          () -> cancelled + " session(s) cancelled for want of participants at their deadline.");
    }
    return cancelled;
  }

  @PreDestroy
  void stop() {
    if (deadlines != null) {
      deadlines.cancel(false);
    }
  }
}
