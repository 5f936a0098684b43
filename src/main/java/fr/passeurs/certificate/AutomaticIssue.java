package fr.passeurs.certificate;

import fr.passeurs.attendance.RegisterClosed;
import fr.passeurs.visit.VisitAttended;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Certificates follow the register: when the trainer closes its last half-day, a batch of that
 * session's certificates is recorded in the same transaction, and run in the background once the
 * closing is committed. The same for a class visit: when its teacher confirms the numbers present,
 * a batch issues the teacher's attestation of visit. A batch recorded but not run (the server
 * stopped in between) is run by {@link LeftBehindBatches}; one that failed keeps its reason and can
 * be run again.
 */
@ApplicationScoped
public class AutomaticIssue {

  @Inject private CertificateBatches batches;
  @Inject private BatchRunner runner;
  @Resource private TransactionSynchronizationRegistry transactions;

  void registerClosed(@Observes RegisterClosed closed) {
    runAfterCommit(batches.ofClosedRegister(closed.sessionId()).id());
  }

  void visitAttended(@Observes VisitAttended attended) {
    runAfterCommit(batches.ofAttendedVisit(attended.bookingId()).id());
  }

  private void runAfterCommit(String batchId) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              runner.submit(batchId);
            }
          }
        });
  }
}
