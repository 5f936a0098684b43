package fr.passeurs.certificate;

import fr.passeurs.platform.work.DueWork;
import fr.passeurs.platform.work.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the certificate batches an instance left: recorded but never started (a register closed, or
 * a visit confirmed, just before an instance stopped), or started and silent since (the instance
 * died mid-way). Each is handed to the background runner, which claims it for one runner only; the
 * periodic run itself returns at once.
 */
@ApplicationScoped
public class LeftBehindBatches implements PeriodicWork {

  private static final Logger LOG = Logger.getLogger(LeftBehindBatches.class.getName());

  /** How long a batch may wait in the queue before this work takes it over. */
  static final Duration LEFT_BEHIND = Duration.ofMinutes(2);

  @Inject private CertificateBatches batches;
  @Inject private BatchRunner runner;
  @Inject private Clock clock;

  /**
   * How long a running batch may say nothing before another runner takes it over: longer than the
   * issue of one session's certificates.
   */
  @Inject
  @ConfigProperty(name = "passeurs.certificate.batch-stale-seconds", defaultValue = "120")
  long staleSeconds;

  @Override
  public String name() {
    return "certificate-batches";
  }

  /** A run only hands batches over: if its instance dies, another may take the work soon. */
  @Override
  public Duration lease() {
    return Duration.ofSeconds(30);
  }

  @Override
  public int run() {
    return handOver(LEFT_BEHIND).size();
  }

  /**
   * Hands over each batch queued for longer than {@code waited} and each running batch silent for
   * longer than the stale time; returns their runs, to wait for.
   */
  public List<Future<?>> handOver(Duration waited) {
    Instant now = clock.instant();
    List<Future<?>> runs = new ArrayList<>();
    DueWork.each(
        LOG,
        "the certificate batch",
        () -> batches.queuedBefore(now.minus(waited)),
        id -> runs.add(runner.submit(id)));
    Instant silentBefore = now.minusSeconds(staleSeconds);
    DueWork.each(
        LOG,
        "the silent certificate batch",
        () -> batches.silentSince(silentBefore),
        id -> runner.takeOver(id, silentBefore).map(runs::add).orElse(false));
    return runs;
  }
}
