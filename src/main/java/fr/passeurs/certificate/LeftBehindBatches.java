package fr.passeurs.certificate;

import fr.passeurs.platform.work.DueWork;
import fr.passeurs.platform.work.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the certificate batches recorded but never started: a register closed, or a visit confirmed,
 * just before an instance stopped. A batch is claimed by one runner only.
 */
@ApplicationScoped
public class LeftBehindBatches implements PeriodicWork {

  private static final Logger LOG = Logger.getLogger(LeftBehindBatches.class.getName());

  /** How long a batch may wait in the queue before this work takes it over. */
  static final Duration LEFT_BEHIND = Duration.ofMinutes(2);

  @Inject private CertificateBatches batches;
  @Inject private BatchRunner runner;
  @Inject private Clock clock;

  @Override
  public String name() {
    return "certificate-batches";
  }

  /** A batch of several thousand certificates takes minutes: the lease outlasts it. */
  @Override
  public Duration lease() {
    return Duration.ofMinutes(30);
  }

  @Override
  public int run() {
    return runLeftBehind(LEFT_BEHIND);
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
}
