package fr.passeurs.training;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.persistence.Found;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrolment in sessions. The session's row is locked for the length of each enrolment or
 * cancellation, so that a hundred apprentices clicking at once are served one after the other:
 * seats are never oversold (the database refuses it too) and the waiting list keeps the order of
 * arrival. A freed seat goes at once to the first who waits.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private SessionService sessions;
  @Inject private TrainingService trainings;
  @Inject private AccountService accounts;
  @Inject private Event<Notice> notices;
  @Inject private SessionNotices sessionNotices;

  /** An enrolment with where it stands: a position from 1 while waiting. */
  public record Standing(Enrolment enrolment, Integer position) {}

  public Standing enrol(Caller caller, String sessionId) {
    caller.requireAuthenticated();
    if (!caller.has(Role.APPRENTICE)) {
      throw DomainException.forbidden("forbidden.enrolment.apprentices-only");
    }
    TrainingSession session = sessions.lock(sessionId);
    Instant now = clock.instant();
    if (session.isCancelled()) {
      throw DomainException.conflict("session-cancelled", "problem.session-cancelled.enrol");
    }
    if (session.enrolmentClosed() || !now.isBefore(session.enrolmentDeadline())) {
      throw DomainException.conflict(
          "enrolment-closed", "problem.enrolment-closed", session.enrolmentDeadline());
    }
    Optional<Enrolment> existing = find(session.id(), caller.accountId());
    if (existing.filter(Enrolment::isActive).isPresent()) {
      throw DomainException.conflict("already-enrolled", "problem.already-enrolled")
          .with("enrolmentId", existing.get().id());
    }
    Training training = trainings.get(session.trainingId());
    checkAge(caller, training, session);
    checkPrerequisites(caller, training, now);

    boolean seated = session.takeSeat();
    Integer queueNumber = seated ? null : session.nextInQueue();
    Enrolment enrolment;
    if (existing.isPresent()) {
      enrolment = existing.get();
      enrolment.rejoin(queueNumber, now);
    } else {
      enrolment =
          seated
              ? Enrolment.confirmed(session.id(), caller.accountId(), now)
              : Enrolment.waitlisted(session.id(), caller.accountId(), queueNumber, now);
      em.persist(enrolment);
    }
    em.flush();
    Integer position = positionOf(enrolment);
    notices.fire(
        seated
            ? sessionNotices.confirmed(session, caller.accountId())
            : sessionNotices.waitlisted(session, caller.accountId(), position));
    return new Standing(enrolment, position);
  }

  /**
   * The apprentice gives up their place (or their place in the queue) before the session starts. A
   * freed seat goes to the first who waits, who is told.
   */
  public Standing cancel(Caller caller, String enrolmentId) {
    Enrolment found = get(enrolmentId);
    if (!caller.is(found.apprenticeId())) {
      throw DomainException.notFound("enrolment", enrolmentId);
    }
    TrainingSession session = sessions.lock(found.sessionId());
    // read again now that the session is locked: a concurrent cancellation may have won
    em.refresh(found);
    Enrolment enrolment = found;
    if (!enrolment.isActive()) {
      throw DomainException.conflict("already-cancelled", "problem.already-cancelled");
    }
    Instant now = clock.instant();
    if (!now.isBefore(session.startsAt())) {
      throw DomainException.conflict("session-started", "problem.session-started");
    }
    boolean hadSeat = enrolment.status() == EnrolmentStatus.CONFIRMED;
    enrolment.cancel(now);
    if (hadSeat) {
      session.freeSeat();
      if (!session.isCancelled()) {
        promoteFirstWaiting(session, now);
      }
    }
    return new Standing(enrolment, null);
  }

  private void promoteFirstWaiting(TrainingSession session, Instant now) {
    List<Enrolment> first =
        em.createQuery(
                "SELECT e FROM Enrolment e WHERE e.sessionId = :s AND e.status = :waiting"
                    + " ORDER BY e.queueNumber",
                Enrolment.class)
            .setParameter("s", session.id())
            .setParameter("waiting", EnrolmentStatus.WAITLISTED)
            .setMaxResults(1)
            .getResultList();
    if (!first.isEmpty() && session.takeSeat()) {
      Enrolment promoted = first.get(0);
      promoted.confirm(now);
      notices.fire(sessionNotices.promoted(session, promoted.apprenticeId()));
    }
  }

  /** The caller's enrolments, soonest session first, with their positions. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Standing> mine(Caller caller) {
    caller.requireAuthenticated();
    return of(caller.accountId());
  }

  /** A person's enrolments, soonest session first, with their positions. */
  @Transactional(Transactional.TxType.SUPPORTS)
  List<Standing> of(String apprenticeId) {
    List<Enrolment> enrolments =
        em.createQuery(
                "SELECT e FROM Enrolment e, TrainingSession s WHERE s.id = e.sessionId"
                    + " AND e.apprenticeId = :me ORDER BY s.startsAt, e.id",
                Enrolment.class)
            .setParameter("me", apprenticeId)
            .getResultList();
    List<Standing> standings = new ArrayList<>();
    for (Enrolment enrolment : enrolments) {
      standings.add(new Standing(enrolment, positionOf(enrolment)));
    }
    return standings;
  }

  /** The caller's enrolment in a session, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Standing> mineIn(Caller caller, String sessionId) {
    if (!caller.isAuthenticated() || caller.accountId() == null) {
      return Optional.empty();
    }
    return find(sessionId, caller.accountId()).map(e -> new Standing(e, positionOf(e)));
  }

  /**
   * Where each enrolment of one session stands, from the session's whole list of enrolments (as
   * {@link SessionService#participants} gives it): the waiting are ranked by their queue number
   * among themselves, as {@link #positionOf} would, without one query each.
   */
  public List<Standing> standings(List<Enrolment> enrolmentsOfOneSession) {
    List<Integer> queue =
        enrolmentsOfOneSession.stream()
            .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
            .map(Enrolment::queueNumber)
            .sorted()
            .toList();
    Map<Integer, Integer> rank = new HashMap<>();
    for (int i = 0; i < queue.size(); i++) {
      rank.put(queue.get(i), i + 1);
    }
    return enrolmentsOfOneSession.stream()
        .map(
            e ->
                new Standing(
                    e, e.status() == EnrolmentStatus.WAITLISTED ? rank.get(e.queueNumber()) : null))
        .toList();
  }

  /** Position in the waiting list, from 1: how many wait before, plus one. Null if not waiting. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Integer positionOf(Enrolment enrolment) {
    if (enrolment.status() != EnrolmentStatus.WAITLISTED) {
      return null;
    }
    return em.createQuery(
            "SELECT COUNT(e) FROM Enrolment e WHERE e.sessionId = :s AND e.status = :waiting"
                + " AND e.queueNumber <= :number",
            Long.class)
        .setParameter("s", enrolment.sessionId())
        .setParameter("waiting", EnrolmentStatus.WAITLISTED)
        .setParameter("number", enrolment.queueNumber())
        .getSingleResult()
        .intValue();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Enrolment get(String enrolmentId) {
    Enrolment enrolment = Found.or404(em, Enrolment.class, enrolmentId, "enrolment");
    return enrolment;
  }

  /** True if the apprentice completed a session of this training: seated, and it is over. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasCompleted(String apprenticeId, String trainingId, Instant now) {
    return !em.createQuery(
            "SELECT e.id FROM Enrolment e, TrainingSession s WHERE s.id = e.sessionId"
                + " AND e.apprenticeId = :a AND s.trainingId = :t AND e.status = :confirmed"
                + " AND s.status = :scheduled AND s.endsAt <= :now",
            String.class)
        .setParameter("a", apprenticeId)
        .setParameter("t", trainingId)
        .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Optional<Enrolment> find(String sessionId, String apprenticeId) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.sessionId = :s AND e.apprenticeId = :a",
            Enrolment.class)
        .setParameter("s", sessionId)
        .setParameter("a", apprenticeId)
        .getResultStream()
        .findFirst();
  }

  private void checkAge(Caller caller, Training training, TrainingSession session) {
    if (training.minimumAge() == null) {
      return;
    }
    AccountSummary apprentice = accounts.summary(caller.accountId()).orElseThrow();
    Integer age = apprentice.ageOn(session.times().get(0).day());
    if (age == null) {
      throw DomainException.conflict(
          "birth-date-needed", "problem.birth-date-needed", training.minimumAge());
    }
    if (age < training.minimumAge()) {
      throw DomainException.conflict("too-young", "problem.too-young", training.minimumAge());
    }
  }

  private void checkPrerequisites(Caller caller, Training training, Instant now) {
    List<String> missing = new ArrayList<>();
    for (String prerequisite : training.prerequisiteIds()) {
      if (!hasCompleted(caller.accountId(), prerequisite, now)) {
        missing.add(trainings.get(prerequisite).title());
      }
    }
    if (!missing.isEmpty()) {
      throw DomainException.conflict(
              "prerequisite-missing", "problem.prerequisite-missing", missing)
          .with("missing", missing);
    }
  }
}
