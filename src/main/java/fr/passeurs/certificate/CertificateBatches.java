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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

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
   * Takes a queued batch for this runner: its run number for the one runner (of all instances) that
   * moves it from queued to running, 0 for any other, which leaves it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int claim(String batchId) {
    Instant now = clock.instant();
    int taken =
        em.createQuery(
                "UPDATE CertificateBatch b SET b.state = :running, b.startedAt = :now,"
                    + " b.heartbeatAt = :now, b.runs = b.runs + 1"
                    + " WHERE b.id = :id AND b.state = :queued")
            .setParameter("running", BatchState.RUNNING)
            .setParameter("now", now)
            .setParameter("id", batchId)
            .setParameter("queued", BatchState.QUEUED)
            .executeUpdate();
    return taken == 1 ? runsOf(batchId) : 0;
  }

  /**
   * Takes over a running batch whose runner has said nothing since before {@code silentBefore} (its
   * instance stopped mid-way): its new run number for the one runner that takes it, 0 for any other
   * or if its runner spoke since. The progress starts again from nothing, as the batch is run again
   * from its first session; the certificates issued so far stay counted.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int takeOver(String batchId, Instant silentBefore) {
    int taken =
        em.createQuery(
                "UPDATE CertificateBatch b SET b.heartbeatAt = :now, b.runs = b.runs + 1,"
                    + " b.done = 0, b.failed = 0, b.errorSummary = NULL"
                    + " WHERE b.id = :id AND b.state = :running AND b.heartbeatAt < :silentBefore")
            .setParameter("now", clock.instant())
            .setParameter("id", batchId)
            .setParameter("running", BatchState.RUNNING)
            .setParameter("silentBefore", silentBefore)
            .executeUpdate();
    return taken == 1 ? runsOf(batchId) : 0;
  }

  private int runsOf(String batchId) {
    return em.createQuery("SELECT b.runs FROM CertificateBatch b WHERE b.id = :id", Integer.class)
        .setParameter("id", batchId)
        .getSingleResult();
  }

  // The two reads of the periodic work run in a transaction of their own: on the scheduler's
  // threads an entity manager without a transaction may be shared by the runs of several pieces of
  // work and closed under us.

  /**
   * The batches recorded before that instant and still queued: left behind when the server stopped
   * between recording a batch and running it, for the periodic job to run.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> queuedBefore(Instant instant) {
    return inStateBefore(BatchState.QUEUED, "createdAt", instant);
  }

  /** The running batches whose runner has said nothing since before that instant. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> silentSince(Instant instant) {
    return inStateBefore(BatchState.RUNNING, "heartbeatAt", instant);
  }

  private List<String> inStateBefore(BatchState state, String time, Instant instant) {
    return em.createQuery(
            "SELECT b.id FROM CertificateBatch b WHERE b.state = :state AND b."
                + time
                + " < :t ORDER BY b.createdAt",
            String.class)
        .setParameter("state", state)
        .setParameter("t", instant)
        .getResultList();
  }

  /** The class visit a batch issues the attestation of, if it is such a batch. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> visitOf(String batchId) {
    return Optional.ofNullable(em.find(CertificateBatch.class, batchId).visitBookingId());
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

  // Each step below is taken only by the batch's current run: a runner that was taken over (it
  // fell silent, then woke) is told so by a false answer, and stops.

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean started(String batchId, int run, int sessionCount) {
    return current(batchId, run).map(b -> b.start(sessionCount, clock.instant())).isPresent();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean sessionDone(String batchId, int run, boolean ok, int newlyIssued, String error) {
    return current(batchId, run)
        .map(b -> b.sessionDone(ok, newlyIssued, error, clock.instant()))
        .isPresent();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean finished(String batchId, int run) {
    return current(batchId, run).map(b -> b.finish(clock.instant())).isPresent();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean failed(String batchId, int run, String error) {
    return current(batchId, run).map(b -> b.fail(error, clock.instant())).isPresent();
  }

  /** The batch, locked, if {@code run} is still its current run. */
  private Optional<CertificateBatch> current(String batchId, int run) {
    CertificateBatch batch =
        em.find(CertificateBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
    return batch != null && batch.runs() == run && batch.state() == BatchState.RUNNING
        ? Optional.of(batch)
        : Optional.empty();
  }

  private static void mustRun(Caller caller, String manufactureId) {
    caller.requireAuthenticated();
    if (!caller.mayRun(manufactureId)) {
      throw DomainException.forbidden("forbidden.certificate.batch");
    }
  }
}
