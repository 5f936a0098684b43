package fr.passeurs.certificate;

import fr.passeurs.platform.Background;
import fr.passeurs.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a batch of certificates in the background (platform.Background), never on a request thread:
 * each session (or the one class visit) in a transaction of its own, so that a session that fails
 * leaves the others issued; the failure is written in the batch's summary and the batch can be run
 * again (issuing is idempotent).
 *
 * <p>Each step writes the time in the batch (its heartbeat). If the instance dies mid-way, another
 * instance's periodic work ({@link LeftBehindBatches}) takes the silent batch over under a new run
 * number and runs it again from its first session; a runner whose number is no longer the batch's
 * stops at its next step.
 */
@ApplicationScoped
public class BatchRunner {

  private static final Logger LOG = Logger.getLogger(BatchRunner.class.getName());

  @Inject private Background background;
  @Inject private CertificateBatches batches;
  @Inject private CertificateService certificates;

  /** Hands a queued batch to the executor; returns at once. */
  public Future<?> submit(String batchId) {
    return background.run("Certificate batch " + batchId, () -> run(batchId));
  }

  /** Runs a queued batch, unless another runner took it first. */
  void run(String batchId) {
    int run = batches.claim(batchId);
    if (run > 0) {
      work(batchId, run);
    }
  }

  /**
   * Takes over a running batch whose runner has said nothing since before {@code silentBefore}, and
   * hands it to the executor; empty if another runner took it, or its runner spoke since.
   */
  Optional<Future<?>> takeOver(String batchId, Instant silentBefore) {
    int run = batches.takeOver(batchId, silentBefore);
    if (run == 0) {
      return Optional.empty();
    }
    LOG.info(() -> "Certificate batch " + batchId + " was silent: taken over (run " + run + ").");
    return Optional.of(
        background.run("Certificate batch " + batchId + ", run " + run, () -> work(batchId, run)));
  }

  private void work(String batchId, int run) {
    try {
      Optional<String> visit = batches.visitOf(batchId);
      if (visit.isPresent()) {
        workVisit(batchId, run, visit.get());
        return;
      }
      List<String> sessions = batches.sessionsOf(batchId);
      List<String> closed = sessions.size() == 1 ? sessions : certificates.closedAmong(sessions);
      if (!batches.started(batchId, run, closed.size())) {
        return;
      }
      for (String sessionId : closed) {
        boolean ok;
        int created = 0;
        String error = null;
        try {
          created = certificates.issueForSession(sessionId).created();
          ok = true;
        } catch (RuntimeException e) {
          if (!(e instanceof DomainException)) {
            LOG.log(Level.WARNING, e, () -> "Certificates of session " + sessionId + " failed.");
          }
          ok = false;
          error = "session " + sessionId + ": " + reason(e);
        }
        if (!batches.sessionDone(batchId, run, ok, created, error)) {
          return; // taken over by another runner
        }
      }
      batches.finished(batchId, run);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Certificate batch " + batchId + " failed.");
      batches.failed(batchId, run, reason(e));
    }
  }

  private void workVisit(String batchId, int run, String bookingId) {
    if (!batches.started(batchId, run, 1)) {
      return;
    }
    boolean ok;
    int created = 0;
    String error = null;
    try {
      created = certificates.issueForVisit(bookingId).created() ? 1 : 0;
      ok = true;
    } catch (RuntimeException e) {
      if (!(e instanceof DomainException)) {
        LOG.log(Level.WARNING, e, () -> "Attestation of class visit " + bookingId + " failed.");
      }
      ok = false;
      error = "visite " + bookingId + " : " + reason(e);
    }
    if (batches.sessionDone(batchId, run, ok, created, error)) {
      batches.finished(batchId, run);
    }
  }

  private static String reason(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
