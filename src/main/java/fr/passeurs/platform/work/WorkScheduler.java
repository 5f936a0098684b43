package fr.passeurs.platform.work;

import fr.passeurs.platform.persistence.DatabaseMigration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link PeriodicWork} of the application, each on its own schedule, on one instance of
 * a cluster at a time: before a run the instance takes the work's lease in the database ({@link
 * WorkLeases}); if another instance holds it, this one skips the run. A run that ends gives the
 * lease back; an instance that dies mid-run leaves it to expire, after which another instance takes
 * the work over and does what is left.
 */
@ApplicationScoped
public class WorkScheduler {

  private static final Logger LOG = Logger.getLogger(WorkScheduler.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject @Any private Instance<PeriodicWork> works;
  @Inject private WorkLeases leases;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "passeurs.jobs.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  /** This instance, as leases name it: its host and a number drawn at start. */
  private final String holder = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);

  private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

  void start(
      @Observes @Priority(DatabaseMigration.DEMO + 200) @Initialized(ApplicationScoped.class)
          Object start) {
    for (PeriodicWork work : works) {
      if (!work.enabled()) {
        continue;
      }
      long every = work.every().orElse(Duration.ofSeconds(intervalSeconds)).toMillis();
      schedules.add(
          executor.scheduleWithFixedDelay(
              () -> runIfFree(work), every, every, TimeUnit.MILLISECONDS));
      LOG.fine(() -> work.name() + " runs every " + every + " ms, as " + holder);
    }
  }

  /**
   * Runs the work now if no other instance is running it; returns how many things it did, or -1 if
   * another instance holds it.
   */
  public int runIfFree(PeriodicWork work) {
    boolean held;
    try {
      held = leases.claim(work.name(), holder, clock.instant(), work.lease());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "The lease of " + work.name() + " could not be read.");
      return -1;
    }
    if (!held) {
      return -1;
    }
    try {
      return work.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> work.name() + " failed; its next run tries again.");
      return 0;
    } finally {
      try {
        leases.release(work.name(), holder, clock.instant());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "The lease of " + work.name() + " stays until it expires.");
      }
    }
  }

  /** This instance's name in the leases. */
  public String holder() {
    return holder;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "instance";
    }
  }

  @PreDestroy
  void stop() {
    schedules.forEach(s -> s.cancel(false));
  }
}
