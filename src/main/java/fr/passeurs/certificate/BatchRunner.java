package fr.passeurs.certificate;

import fr.passeurs.platform.Background;
import fr.passeurs.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a batch of certificates in the background (platform.Background), never on a request thread:
 * each session (or the one class visit) in a transaction of its own, so that a session that fails
 * leaves the others issued; the failure is written in the batch's summary and the batch can be run
 * again (issuing is idempotent).
 */
@ApplicationScoped
public class BatchRunner {

  private static final Logger LOG = Logger.getLogger(BatchRunner.class.getName());

  @Inject private Background background;
  @Inject private CertificateBatches batches;
  @Inject private CertificateService certificates;

  /** Hands the batch to the executor; returns at once. */
  public Future<?> submit(String batchId) {
    return background.run("Certificate batch " + batchId, () -> run(batchId));
  }

  void run(String batchId) {
    if (!batches.claim(batchId)) {
      return; // running, or run, elsewhere
    }
    try {
      java.util.Optional<String> visit = batches.visitOf(batchId);
      if (visit.isPresent()) {
        runVisit(batchId, visit.get());
        return;
      }
      List<String> sessions = batches.sessionsOf(batchId);
      List<String> closed = sessions.size() == 1 ? sessions : certificates.closedAmong(sessions);
      batches.started(batchId, closed.size());
      for (String sessionId : closed) {
        try {
          int created = certificates.issueForSession(sessionId).created();
          batches.sessionDone(batchId, true, created, null);
        } catch (RuntimeException e) {
          if (!(e instanceof DomainException)) {
            LOG.log(Level.WARNING, e, () -> "Certificates of session " + sessionId + " failed.");
          }
          batches.sessionDone(batchId, false, 0, "session " + sessionId + ": " + reason(e));
        }
      }
      batches.finished(batchId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Certificate batch " + batchId + " failed.");
      batches.failed(batchId, reason(e));
    }
  }

  private void runVisit(String batchId, String bookingId) {
    batches.started(batchId, 1);
    try {
      boolean created = certificates.issueForVisit(bookingId).created();
      batches.sessionDone(batchId, true, created ? 1 : 0, null);
    } catch (RuntimeException e) {
      if (!(e instanceof DomainException)) {
        LOG.log(Level.WARNING, e, () -> "Attestation of class visit " + bookingId + " failed.");
      }
      batches.sessionDone(batchId, false, 0, "visite " + bookingId + " : " + reason(e));
    }
    batches.finished(batchId);
  }

  private static String reason(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
