package fr.passeurs.training;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DateRules;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.TextRules;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.scheduling.Booking;
import fr.passeurs.scheduling.HolderType;
import fr.passeurs.scheduling.ResourceRef;
import fr.passeurs.scheduling.ResourceType;
import fr.passeurs.scheduling.SchedulingService;
import fr.passeurs.search.SearchChanged;
import fr.passeurs.search.SearchIndexer;
import fr.passeurs.search.SearchKind;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use cases of sessions: an artisan schedules them (the one calendar reserves the room, the
 * machines and the artisan), cancels them; at the enrolment deadline a session under its minimum is
 * cancelled by itself. Everyone concerned is told.
 */
@ApplicationScoped
@Transactional
public class SessionService {

  /** Most half-days in one session. */
  public static final int MAX_SLOTS = 20;

  /** A half-day lasts at most this long. */
  static final Duration HALF_DAY = Duration.ofHours(5);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private TrainingService trainings;
  @Inject private WorkshopService workshop;
  @Inject private ManufactureService manufactures;
  @Inject private SchedulingService scheduling;
  @Inject private AccountService accounts;
  @Inject private Event<Notice> notices;
  @Inject private SessionNotices sessionNotices;
  @Inject private Event<SearchChanged> searchChanged;
  @Inject private SearchIndexer searchIndex;

  public TrainingSession schedule(Caller caller, String trainingId, SessionPlan plan) {
    Training training = trainings.get(trainingId);
    if (!caller.is(training.artisanId())) {
      throw DomainException.forbidden("forbidden.session.schedule");
    }
    RoomSummary room =
        workshop
            .room(plan.roomId())
            .filter(r -> r.manufactureId().equals(training.manufactureId()))
            .orElseThrow(() -> DomainException.invalid("roomId", "invalid.room.not-yours"));
    Map<String, MachineSummary> machines = workshop.machineSummaries(plan.machineIds());
    if (machines.size() != plan.machineIds().size()
        || machines.values().stream()
            .anyMatch(m -> !m.manufactureId().equals(training.manufactureId()))) {
      throw DomainException.invalid("machineIds", "invalid.session.machines-not-yours");
    }
    checkTimes(plan.times());
    if (plan.seats() < 1 || plan.seats() > training.maxParticipants()) {
      throw DomainException.invalid(
          "seats", "invalid.session.seats-max", training.maxParticipants());
    }
    if (plan.seats() > room.capacity()) {
      throw DomainException.invalid(
          "seats", "invalid.session.room-capacity", room.name(), room.capacity());
    }
    Instant first =
        plan.times().stream().map(TimeRange::start).min(Instant::compareTo).orElseThrow();
    if (plan.enrolmentDeadline() == null
        || !plan.enrolmentDeadline().isAfter(clock.instant())
        || plan.enrolmentDeadline().isAfter(first)) {
      throw DomainException.invalid("enrolmentDeadline", "invalid.session.enrolment-deadline");
    }
    workshop
        .whyClosed(training.manufactureId(), plan.times())
        .ifPresent(
            why -> {
              throw DomainException.conflict("outside-opening-hours", why);
            });
    GeoPoint place =
        manufactures
            .summary(training.manufactureId())
            .map(ManufactureSummary::location)
            .orElse(null);
    TrainingSession session =
        new TrainingSession(
            training,
            room.id(),
            plan.machineIds(),
            plan.times(),
            plan.seats(),
            plan.enrolmentDeadline(),
            place,
            clock.instant());
    em.persist(session);
    searchChanged.fire(new SearchChanged(SearchKind.SESSION, session.id()));
    List<ResourceRef> resources = new ArrayList<>();
    resources.add(new ResourceRef(ResourceType.ROOM, room.id(), room.name()));
    machines
        .values()
        .forEach(m -> resources.add(new ResourceRef(ResourceType.MACHINE, m.id(), m.name())));
    String artisanName =
        accounts.summary(training.artisanId()).map(AccountSummary::displayName).orElse("artisan");
    resources.add(new ResourceRef(ResourceType.ARTISAN, training.artisanId(), artisanName));
    scheduling.reserve(
        new Booking(
            HolderType.SESSION,
            session.id(),
            training.title(),
            training.manufactureId(),
            resources,
            plan.times()));
    return session;
  }

  /** The artisan, a manager of the manufacture or the admin cancels; everyone enrolled is told. */
  public TrainingSession cancel(Caller caller, String sessionId, String reason) {
    TrainingSession session = lock(sessionId);
    if (!caller.is(session.artisanId()) && !caller.mayRun(session.manufactureId())) {
      throw DomainException.forbidden("forbidden.session.cancel");
    }
    if (session.isOver(clock.instant())) {
      throw DomainException.conflict("session-over", "problem.session-over");
    }
    // without words of its organisers the reason stays empty: whoever shows the cancellation
    // writes it from a key in the reader's language (TrainingSession.cancellation)
    String given = TextRules.checked("reason", reason, TrainingSession.MAX_CANCEL_REASON, true);
    session.cancel(given);
    tellCancelled(session, trainings.get(session.trainingId()).minParticipants());
    return session;
  }

  /** The sessions whose enrolment deadline has passed and whose enrolment is still open. */
  // in a transaction of its own: the background jobs call it, and there an entity manager
  // without a transaction may be shared by the jobs running at the same moment, and closed under us
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> dueForClosing() {
    return em.createQuery(
            "SELECT s.id FROM TrainingSession s WHERE s.status = :scheduled"
                + " AND s.enrolmentClosed = FALSE AND s.enrolmentDeadline <= :now",
            String.class)
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /**
   * At its enrolment deadline, a session under its training's minimum is cancelled (everyone told),
   * any other closes its enrolment. Locked and checked again, so that several instances may run it.
   * True if the session was cancelled.
   */
  public boolean closeEnrolment(String sessionId) {
    TrainingSession session = lock(sessionId);
    if (session.enrolmentClosed()
        || session.isCancelled()
        || clock.instant().isBefore(session.enrolmentDeadline())) {
      return false;
    }
    Training training = trainings.get(session.trainingId());
    if (session.confirmedCount() < training.minParticipants()) {
      session.cancelForWantOfParticipants();
      tellCancelled(session, training.minParticipants());
      return true;
    }
    session.closeEnrolment();
    return false;
  }

  /**
   * Frees what the cancelled session reserved and tells everyone enrolled, and its artisan, why.
   */
  private void tellCancelled(TrainingSession session, int minParticipants) {
    Message why = session.cancellation(minParticipants);
    scheduling.release(HolderType.SESSION, session.id());
    Set<String> told = new HashSet<>();
    for (Enrolment enrolment : activeEnrolments(session.id())) {
      if (told.add(enrolment.apprenticeId())) {
        notices.fire(sessionNotices.cancelled(session, enrolment.apprenticeId(), why));
      }
    }
    if (!told.contains(session.artisanId())) {
      notices.fire(sessionNotices.cancelled(session, session.artisanId(), why));
    }
  }

  /**
   * The sessions of a manufacture, not cancelled, that ended within the window, by end: those whose
   * registers may be closed (for the batches of certificates).
   */
  // in a transaction of its own: the background batches call it
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> endedAt(String manufactureId, TimeRange window) {
    return em.createQuery(
            "SELECT s.id FROM TrainingSession s WHERE s.manufactureId = :m AND s.status <>"
                + " :cancelled AND s.endsAt > :from AND s.endsAt <= :to ORDER BY s.endsAt, s.id",
            String.class)
        .setParameter("m", manufactureId)
        .setParameter("cancelled", SessionStatus.CANCELLED)
        .setParameter("from", window.start())
        .setParameter("to", window.end())
        .getResultList();
  }

  /** The enrolments of a session: its artisan, its manufacture's managers and the admin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Enrolment> participants(Caller caller, String sessionId) {
    TrainingSession session = get(sessionId);
    if (!caller.is(session.artisanId()) && !caller.mayRun(session.manufactureId())) {
      throw DomainException.forbidden("forbidden.session.participants");
    }
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.sessionId = :s ORDER BY e.status,"
                + " e.queueNumber, e.createdAt",
            Enrolment.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /** The session's half-days and the apprentices with a confirmed seat, by enrolment. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SessionRoster roster(String sessionId) {
    TrainingSession session = get(sessionId);
    List<String> confirmed =
        em.createQuery(
                "SELECT e.apprenticeId FROM Enrolment e WHERE e.sessionId = :s AND e.status ="
                    + " :confirmed ORDER BY e.confirmedAt, e.id",
                String.class)
            .setParameter("s", sessionId)
            .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
            .getResultList();
    return new SessionRoster(
        session.id(),
        session.trainingId(),
        session.title(),
        session.knowHowId(),
        session.artisanId(),
        session.manufactureId(),
        session.times(),
        confirmed,
        session.isCancelled());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public TrainingSession get(String sessionId) {
    TrainingSession session = Found.or404(em, TrainingSession.class, sessionId, "session");
    return session;
  }

  /**
   * Scheduled sessions starting in the window, soonest first (nearest first near a place); with
   * words, only those the search index finds for them among the sessions open to enrolment.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TrainingSession> search(SessionQuery query, PageRequest page) {
    List<String> matching = searchIndex.ids(Set.of(SearchKind.SESSION), query.words()).orElse(null);
    if (matching != null && matching.isEmpty()) {
      return page.page(List.of(), 0);
    }
    StringBuilder where = new StringBuilder(" WHERE s.status = :scheduled AND s.startsAt >= :from");
    if (matching != null) {
      where.append(" AND s.id IN :matching");
    }
    if (query.to() != null) {
      where.append(" AND s.startsAt < :to");
    }
    if (query.knowHowId() != null) {
      where.append(" AND s.knowHowId = :knowHow");
    }
    if (query.manufactureId() != null) {
      where.append(" AND s.manufactureId = :manufacture");
    }
    if (query.trainingId() != null) {
      where.append(" AND s.trainingId = :training");
    }
    GeoPoint.Box box = query.near() == null ? null : query.near().boxAround(query.radiusKm());
    if (box != null) {
      where.append(
          " AND s.latitude BETWEEN :minLat AND :maxLat AND s.longitude BETWEEN :minLon AND :maxLon");
    }
    TypedQuery<TrainingSession> found =
        batched(
            em.createQuery(
                "SELECT s FROM TrainingSession s" + where + " ORDER BY s.startsAt, s.id",
                TrainingSession.class));
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(s) FROM TrainingSession s" + where, Long.class);
    for (TypedQuery<?> q : List.of(found, count)) {
      q.setParameter("scheduled", SessionStatus.SCHEDULED);
      q.setParameter("from", query.from() == null ? clock.instant() : query.from());
      if (query.to() != null) {
        q.setParameter("to", query.to());
      }
      if (query.knowHowId() != null) {
        q.setParameter("knowHow", query.knowHowId());
      }
      if (query.manufactureId() != null) {
        q.setParameter("manufacture", query.manufactureId());
      }
      if (query.trainingId() != null) {
        q.setParameter("training", query.trainingId());
      }
      if (matching != null) {
        q.setParameter("matching", matching);
      }
      if (box != null) {
        q.setParameter("minLat", box.minLatitude());
        q.setParameter("maxLat", box.maxLatitude());
        q.setParameter("minLon", box.minLongitude());
        q.setParameter("maxLon", box.maxLongitude());
      }
    }
    if (query.near() == null) {
      return page.page(
          found.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
          count.getSingleResult());
    }
    return page.nearestFirst(
        found.getResultList(),
        TrainingSession::place,
        query.near(),
        query.radiusKm(),
        java.util.Comparator.comparing(TrainingSession::startsAt));
  }

  /** The sessions an artisan runs that meet a window, by start. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TrainingSession> runBy(String artisanId, TimeRange window) {
    return batched(
            em.createQuery(
                "SELECT s FROM TrainingSession s WHERE s.artisanId = :a AND s.startsAt < :end"
                    + " AND s.endsAt > :start ORDER BY s.startsAt",
                TrainingSession.class))
        .setParameter("a", artisanId)
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList();
  }

  /**
   * Reads the half-days and machines of all the sessions found in one query each, rather than two
   * queries per session (EclipseLink's batch reading).
   */
  private static TypedQuery<TrainingSession> batched(TypedQuery<TrainingSession> query) {
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "s.slots")
        .setHint("eclipselink.batch", "s.machineIds");
  }

  /**
   * The session, its row locked to change it (enrol, cancel, close): the search then finds it as it
   * is once the transaction commits, places left included.
   */
  TrainingSession lock(String sessionId) {
    TrainingSession session = Found.lockedOr404(em, TrainingSession.class, sessionId, "session");
    searchChanged.fire(new SearchChanged(SearchKind.SESSION, session.id()));
    return session;
  }

  List<Enrolment> activeEnrolments(String sessionId) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.sessionId = :s AND e.status <> :cancelled",
            Enrolment.class)
        .setParameter("s", sessionId)
        .setParameter("cancelled", EnrolmentStatus.CANCELLED)
        .getResultList();
  }

  /**
   * Each slot is a half-day: it lies on one day, lasts at most five hours, ends by 13:00 if it
   * starts in the morning, and is in the future; no two slots share a half-day.
   */
  private void checkTimes(List<TimeRange> times) {
    if (times.isEmpty() || times.size() > MAX_SLOTS) {
      throw DomainException.invalid("slots", "invalid.session.slot-count", MAX_SLOTS);
    }
    Set<String> halfDays = new HashSet<>();
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    for (TimeRange time : times) {
      if (!time.start().isAfter(clock.instant())) {
        throw DomainException.invalid("slots", "invalid.session.slot-past");
      }
      DateRules.planned("slots", time.start(), today);
      LocalDate day = time.day();
      boolean morning = time.localStart().toLocalTime().isBefore(Slot.NOON);
      if (time.duration().compareTo(HALF_DAY) > 0
          || !time.localEnd().toLocalDate().equals(day)
          || (morning && time.localEnd().toLocalTime().isAfter(Slot.NOON))) {
        throw DomainException.invalid(
            "slots", "invalid.session.half-day", HALF_DAY.toHours(), Slot.NOON, time.start());
      }
      if (!halfDays.add(day + (morning ? "AM" : "PM"))) {
        throw DomainException.invalid("slots", "invalid.session.same-half-day", day);
      }
    }
  }
}
