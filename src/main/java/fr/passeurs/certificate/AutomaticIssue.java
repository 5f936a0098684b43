package fr.passeurs.certificate;

import fr.passeurs.attendance.RegisterClosed;
import fr.passeurs.platform.Caller;
import fr.passeurs.visit.VisitAttended;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Certificates follow the register: once the trainer closes its last half-day, and the closing is
 * committed, a batch of that session's certificates is recorded and run in the background. A
 * failure stays in the batch's summary, and the batch can be run again. The same for a class visit:
 * once its teacher has confirmed the numbers present, a batch issues the teacher's attestation of
 * visit.
 */
@ApplicationScoped
public class AutomaticIssue {

  private static final Logger LOG = Logger.getLogger(AutomaticIssue.class.getName());

  @Inject private CertificateBatches batches;
  @Inject private BatchRunner runner;

  void visitAttended(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitAttended attended) {
    try {
      CertificateBatch batch = batches.ofVisitNow(attended.bookingId());
      runner.submit(batch.id());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "The attestation of class visit "
                  + attended.bookingId()
                  + " was not recorded: start a batch for this visit.");
    }
  }

  void registerClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterClosed closed) {
    try {
      CertificateBatch batch = batches.ofSessionNow(Caller.system(), closed.sessionId());
      runner.submit(batch.id());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "The certificates of session "
                  + closed.sessionId()
                  + " were not started: run a batch for it.");
    }
  }
}
