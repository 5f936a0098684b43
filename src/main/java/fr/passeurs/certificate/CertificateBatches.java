package fr.passeurs.certificate;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.training.SessionService;
import fr.passeurs.visit.AttendedVisit;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.workshop.ManufactureService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Batches of certificates: a manager (of their own manufacture) or the admin asks for the
 * certificates of one session, or of every closed session of a manufacture over a period; the batch
 * is recorded, then run in the background ({@link BatchRunner}), its progress written in
 * transactions of its own so that whoever follows it sees it move.
 */
@ApplicationScoped
@Transactional
public class CertificateBatches {

  /** Longest period of one batch. */
  static final int MAX_DAYS = 366;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private SessionService sessions;
  @Inject private ManufactureService manufactures;
  @Inject private VisitBookingService visits;

  /** A batch for one session's certificates. */
  public CertificateBatch ofSession(Caller caller, String sessionId) {
    SessionRoster roster = sessions.roster(sessionId);
    mustRun(caller, roster.manufactureId());
    CertificateBatch batch =
        CertificateBatch.ofSession(
            roster.manufactureId(), sessionId, caller.accountId(), clock.instant());
    em.persist(batch);
    return batch;
  }

  /**
   * The same for the automatic issue, recorded in the transaction that closes the register: the
   * batch exists if and only if the closing does.
   */
  public CertificateBatch ofClosedRegister(String sessionId) {
    return ofSession(Caller.system(), sessionId);
  }

  /** A batch for the attestation of a class visit done (after a failure of the automatic one). */
  public CertificateBatch ofVisit(Caller caller, String bookingId) {
    AttendedVisit visit =
        visits
            .attendedVisit(bookingId)
            .orElseThrow(() -> DomainException.notFound("attended-class-visit", bookingId));
    mustRun(caller, visit.manufactureId());
    CertificateBatch batch =
        CertificateBatch.ofVisit(
            visit.manufactureId(), bookingId, caller.accountId(), clock.instant());
    em.persist(batch);
    return batch;
  }

  /**
   * The attestation of a class visit, for the automatic issue: recorded in the transaction in which
   * the teacher confirms the numbers present.
   */
  public CertificateBatch ofAttendedVisit(String bookingId) {
    AttendedVisit visit =
        visits
            .attendedVisit(bookingId)
            .orElseThrow(() -> DomainException.notFound("attended-class-visit", bookingId));
    CertificateBatch batch =
        CertificateBatch.ofVisit(visit.manufactureId(), bookingId, null, clock.instant());
    em.persist(batch);
    return batch;
  }

  /** A batch for the certificates of a manufacture's sessions that ended in the period. */
  public CertificateBatch ofPeriod(
      Caller caller, String manufactureId, LocalDate from, LocalDate to) {
    if (!manufactures.exists(manufactureId)) {
      throw DomainException.notFound("manufacture", manufactureId);
    }
    mustRun(caller, manufactureId);
    if (to.isBefore(from)) {
      throw DomainException.invalid("to", "invalid.batch.period-order", from);
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw DomainException.invalid("to", "invalid.batch.period-length", MAX_DAYS);
    }
    CertificateBatch batch =
        CertificateBatch.ofPeriod(manufactureId, from, to, caller.accountId(), clock.instant());
    em.persist(batch);
    return batch;
  }

  /** A batch and its progress: for its manufacture's managers and the admin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CertificateBatch get(Caller caller, String id) {
    CertificateBatch batch = Found.or404(em, CertificateBatch.class, id, "certificate-batch");
    mustRun(caller, batch.manufactureId());
    return batch;
  }

  // --- the runner's steps, each in a transaction of its own ------------------------------------

  /**
   * Takes a queued batch for this runner: true for the one runner (of all instances) that moves it
   * from queued to running, false for any other, which leaves it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String batchId) {
    return em.createQuery(
                "UPDATE CertificateBatch b SET b.state = :running, b.startedAt = :now"
                    + " WHERE b.id = :id AND b.state = :queued")
            .setParameter("running", BatchState.RUNNING)
            .setParameter("now", clock.instant())
            .setParameter("id", batchId)
            .setParameter("queued", BatchState.QUEUED)
            .executeUpdate()
        == 1;
  }

  /**
   * The batches recorded before that instant and still queued: left behind when the server stopped
   * between recording a batch and running it, for the periodic job to run.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> queuedBefore(java.time.Instant instant) {
    return em.createQuery(
            "SELECT b.id FROM CertificateBatch b WHERE b.state = :queued AND b.createdAt < :t"
                + " ORDER BY b.createdAt",
            String.class)
        .setParameter("queued", BatchState.QUEUED)
        .setParameter("t", instant)
        .getResultList();
  }

  /** The class visit a batch issues the attestation of, if it is such a batch. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public java.util.Optional<String> visitOf(String batchId) {
    return java.util.Optional.ofNullable(em.find(CertificateBatch.class, batchId).visitBookingId());
  }

  /** The sessions a batch covers (none for a batch of a class visit). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> sessionsOf(String batchId) {
    CertificateBatch batch = em.find(CertificateBatch.class, batchId);
    if (batch.visitBookingId() != null) {
      return List.of();
    }
    if (batch.sessionId() != null) {
      return List.of(batch.sessionId());
    }
    TimeRange period =
        new TimeRange(
            batch.fromDay().atTime(LocalTime.MIDNIGHT).atZone(ClockProducer.PARIS).toInstant(),
            batch
                .toDay()
                .plusDays(1)
                .atTime(LocalTime.MIDNIGHT)
                .atZone(ClockProducer.PARIS)
                .toInstant());
    return sessions.endedAt(batch.manufactureId(), period);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void started(String batchId, int sessionCount) {
    em.find(CertificateBatch.class, batchId).start(sessionCount, clock.instant());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sessionDone(String batchId, boolean ok, int newlyIssued, String error) {
    em.find(CertificateBatch.class, batchId).sessionDone(ok, newlyIssued, error);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finished(String batchId) {
    em.find(CertificateBatch.class, batchId).finish(clock.instant());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String batchId, String error) {
    em.find(CertificateBatch.class, batchId).fail(error, clock.instant());
  }

  private static void mustRun(Caller caller, String manufactureId) {
    caller.requireAuthenticated();
    if (!caller.mayRun(manufactureId)) {
      throw DomainException.forbidden("forbidden.certificate.batch");
    }
  }
}
