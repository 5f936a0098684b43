package fr.passeurs.visit;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DateRules;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.scheduling.Booking;
import fr.passeurs.scheduling.HolderType;
import fr.passeurs.scheduling.ResourceRef;
import fr.passeurs.scheduling.ResourceType;
import fr.passeurs.scheduling.SchedulingService;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases of class visits, from a teacher's request to the visit done. Every change locks the
 * booking's row, so that two people acting at once on the same booking are taken one after the
 * other; confirming reserves the room and the artisan in the one calendar, where two visits (or a
 * visit and a session) can never hold the same quarter hour.
 */
@ApplicationScoped
@Transactional
public class VisitBookingService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private VisitRules rules;
  @Inject private VisitOfferService offers;
  @Inject private WorkshopService workshop;
  @Inject private SchedulingService scheduling;
  @Inject private AccountService accounts;
  @Inject private VisitNotices visitNotices;
  @Inject private Event<Notice> notices;
  @Inject private Event<VisitAttended> attended;

  /** A teacher registers their school by its UAI, or joins it if a colleague already did. */
  public School registerSchool(Caller caller, String uai, String name, String city) {
    requireTeacher(caller);
    Message problem = Uai.problemWith(uai);
    if (problem != null) {
      throw DomainException.invalid("uai", problem.key(), problem.args().toArray());
    }
    Uai code = Uai.parse(uai).orElseThrow();
    School school = schoolByUai(code.code()).orElse(null);
    if (school == null) {
      List<FieldError> errors = new ArrayList<>();
      if (name == null || name.isBlank() || name.length() > 200) {
        errors.add(new FieldError("name", "invalid.length.range", 1, 200));
      }
      if (city == null || city.isBlank() || city.length() > 120) {
        errors.add(new FieldError("city", "invalid.length.range", 1, 120));
      }
      if (!errors.isEmpty()) {
        throw DomainException.invalid(errors);
      }
      school = new School(code, name, city, clock.instant());
      em.persist(school);
    }
    school.addTeacher(caller.accountId());
    try {
      em.flush();
    } catch (PersistenceException e) {
      // a colleague registered the same UAI at the same moment: the unique key kept one school
      throw DomainException.conflict(
          "school-registered-meanwhile", "problem.school-registered-meanwhile");
    }
    return school;
  }

  /** The schools a teacher registered, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<School> schoolsOf(String teacherId) {
    return em.createQuery(
            "SELECT s FROM School s JOIN s.teacherIds t WHERE t = :t ORDER BY s.name", School.class)
        .setParameter("t", teacherId)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<School> school(String id) {
    return Optional.ofNullable(Ids.isWellFormed(id) ? em.find(School.class, id) : null);
  }

  /**
   * A teacher asks for a visit for one class of their school, with one to three wished times
   * (starts; each lasts the offer's duration). Checked against the offer, the room and the opening
   * hours; the host is told.
   */
  public VisitBooking request(
      Caller caller, String offerId, String schoolUai, VisitBooking.Request request) {
    requireTeacher(caller);
    VisitOffer offer = offers.get(offerId);
    if (offer.isWithdrawn()) {
      throw DomainException.conflict("offer-withdrawn", "problem.offer-withdrawn");
    }
    School school =
        Uai.parse(schoolUai)
            .flatMap(u -> schoolByUai(u.code()))
            .filter(s -> s.hasTeacher(caller.accountId()))
            .orElseThrow(
                () -> DomainException.invalid("school", "invalid.visit.school-not-registered"));
    RoomSummary room =
        workshop
            .room(offer.roomId())
            .orElseThrow(() -> DomainException.notFound("room", offer.roomId()));
    java.time.Duration length = java.time.Duration.ofMinutes(offer.durationMinutes());
    List<TimeRange> times =
        request.starts().stream()
            .filter(java.util.Objects::nonNull)
            .map(s -> new TimeRange(s, s.plus(length)))
            .toList();
    if (times.size() != request.starts().size()
        || times.isEmpty()
        || times.size() > VisitBooking.MAX_WISHED) {
      throw DomainException.invalid("times", "invalid.visit.wished-times");
    }
    checkTimes(offer, times);
    VisitBooking booking =
        new VisitBooking(
            offer,
            school,
            caller.accountId(),
            request,
            times,
            room.capacity(),
            rules,
            clock.instant());
    em.persist(booking);
    // Written now: the database checks it here, and a later step of the same transaction that
    // locks the booking (which reads the row) finds it.
    em.flush();
    tellBothSides(booking, b -> visitNotices.requested(b, school));
    return booking;
  }

  /**
   * The host (or a manager) confirms one wished time: the room and the artisan are reserved in the
   * one calendar, or the 409 names what is in the way.
   */
  public VisitBooking confirm(Caller caller, String id, int choice) {
    VisitBooking booking = lock(id);
    Set<Party> parties = visibleTo(caller, booking);
    TimeRange time =
        booking.confirm(
            choice, caller.accountId(), parties, clock.instant(), rules.cancellationLimit());
    RoomSummary room =
        workshop
            .room(booking.roomId())
            .orElseThrow(() -> DomainException.notFound("room", booking.roomId()));
    if (booking.pupils() + booking.adults() > room.capacity()) {
      throw DomainException.conflict(
          "room-capacity",
          "problem.room-capacity",
          room.name(),
          room.capacity(),
          booking.pupils() + booking.adults());
    }
    workshop
        .whyClosed(booking.manufactureId(), List.of(time))
        .ifPresent(
            why -> {
              throw DomainException.conflict("outside-opening-hours", why);
            });
    String artisanName =
        accounts.summary(booking.artisanId()).map(AccountSummary::displayName).orElse("artisan");
    School school = school(booking.schoolId()).orElseThrow();
    scheduling.reserve(
        new Booking(
            HolderType.VISIT,
            booking.id(),
            booking.title() + " — " + school.name(),
            booking.manufactureId(),
            List.of(
                new ResourceRef(ResourceType.ROOM, room.id(), room.name()),
                new ResourceRef(ResourceType.ARTISAN, booking.artisanId(), artisanName)),
            List.of(time)));
    tellBothSides(booking, b -> visitNotices.confirmed(b, school));
    return booking;
  }

  public VisitBooking decline(Caller caller, String id, String reason) {
    VisitBooking booking = lock(id);
    booking.decline(
        reason,
        caller.accountId(),
        visibleTo(caller, booking),
        clock.instant(),
        rules.cancellationLimit());
    School school = school(booking.schoolId()).orElseThrow();
    tellBothSides(booking, b -> visitNotices.declined(b, school));
    return booking;
  }

  public VisitBooking cancel(Caller caller, String id, String reason) {
    VisitBooking booking = lock(id);
    boolean wasConfirmed =
        booking.cancel(
            reason,
            caller.accountId(),
            visibleTo(caller, booking),
            clock.instant(),
            rules.cancellationLimit());
    if (wasConfirmed) {
      scheduling.release(HolderType.VISIT, booking.id());
    }
    School school = school(booking.schoolId()).orElseThrow();
    tellBothSides(booking, b -> visitNotices.cancelled(b, school, wasConfirmed));
    return booking;
  }

  public VisitBooking markDone(
      Caller caller, String id, Integer presentPupils, Integer presentAdults) {
    VisitBooking booking = lock(id);
    booking.markDone(
        presentPupils,
        presentAdults,
        caller.accountId(),
        visibleTo(caller, booking),
        clock.instant(),
        rules.cancellationLimit());
    School school = school(booking.schoolId()).orElseThrow();
    tellBothSides(booking, b -> visitNotices.done(b, school));
    return booking;
  }

  /** The teacher confirms the numbers present that the host recorded; the host is told. */
  public VisitBooking confirmAttendance(Caller caller, String id) {
    VisitBooking booking = lock(id);
    booking.confirmAttendance(
        caller.accountId(), visibleTo(caller, booking), clock.instant(), rules.cancellationLimit());
    School school = school(booking.schoolId()).orElseThrow();
    notices.fire(visitNotices.attendanceConfirmed(booking, school).to(booking.artisanId()));
    attended.fire(new VisitAttended(booking.id()));
    return booking;
  }

  /**
   * A visit done whose numbers present the teacher confirmed, as other contexts read it; empty for
   * an unknown booking or one not (yet) confirmed so.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AttendedVisit> attendedVisit(String id) {
    VisitBooking booking = Ids.isWellFormed(id) ? em.find(VisitBooking.class, id) : null;
    if (booking == null
        || booking.status() != VisitStatus.DONE
        || booking.attendanceConfirmedAt() == null
        || booking.confirmedTime().isEmpty()) {
      return Optional.empty();
    }
    VisitOffer offer = offers.get(booking.offerId());
    String schoolName = school(booking.schoolId()).map(School::name).orElse("");
    return Optional.of(
        new AttendedVisit(
            booking.id(),
            booking.title(),
            offer.knowHowId(),
            booking.manufactureId(),
            booking.artisanId(),
            booking.teacherId(),
            schoolName,
            booking.confirmedTime().get(),
            booking.presentPupils(),
            booking.presentAdults(),
            booking.attendanceConfirmedAt()));
  }

  /** The requests whose answer limit has passed. */
  // in a transaction of its own: the background jobs call it, and there an entity manager
  // without a transaction may be shared by the jobs running at the same moment, and closed under us
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> dueForExpiry() {
    return em.createQuery(
            "SELECT b.id FROM VisitBooking b WHERE b.status = :requested AND b.answerBy <= :now",
            String.class)
        .setParameter("requested", VisitStatus.REQUESTED)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /** Expires one unanswered request, locked and checked again; true if it expired. */
  public boolean expire(String id) {
    VisitBooking booking = lock(id);
    if (!booking.expire(clock.instant())) {
      return false;
    }
    School school = school(booking.schoolId()).orElseThrow();
    tellBothSides(booking, b -> visitNotices.expired(b, school));
    return true;
  }

  /** One booking, for its teacher, its host, the manufacture's managers and the admin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public VisitBooking get(Caller caller, String id) {
    VisitBooking booking = find(id);
    visibleTo(caller, booking);
    return booking;
  }

  /** What this caller may do with the booking now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VisitAction> allowedActions(Caller caller, VisitBooking booking) {
    return booking.allowed(booking.partiesOf(caller), clock.instant(), rules.cancellationLimit());
  }

  /** The time after which only a manager may cancel the visit, once confirmed. */
  public Optional<Instant> cancellationLimitOf(VisitBooking booking) {
    return booking.confirmedTime().map(t -> t.start().minus(rules.cancellationLimit()));
  }

  /**
   * The bookings a person takes part in, as teacher or host, soonest first; optionally of one
   * status.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<VisitBooking> mine(Caller caller, VisitStatus status, PageRequest page) {
    caller.requireAuthenticated();
    return list("(b.teacherId = :me OR b.artisanId = :me)", "me", caller.accountId(), status, page);
  }

  /** The bookings of a manufacture: its managers and the admin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<VisitBooking> ofManufacture(
      Caller caller, String manufactureId, VisitStatus status, PageRequest page) {
    if (!caller.mayRun(manufactureId)) {
      throw DomainException.forbidden("forbidden.visit.manufacture-visits");
    }
    return list("b.manufactureId = :m", "m", manufactureId, status, page);
  }

  private Page<VisitBooking> list(
      String who, String param, String value, VisitStatus status, PageRequest page) {
    String where = " WHERE " + who + (status == null ? "" : " AND b.status = :status");
    TypedQuery<VisitBooking> found =
        em.createQuery(
            "SELECT b FROM VisitBooking b" + where + " ORDER BY b.firstWishedAt, b.id",
            VisitBooking.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(b) FROM VisitBooking b" + where, Long.class);
    for (TypedQuery<?> q : List.of(found, count)) {
      q.setParameter(param, value);
      if (status != null) {
        q.setParameter("status", status);
      }
    }
    return page.page(
        found.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /** The confirmed and done visits of a person, as teacher or host, meeting a window. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VisitBooking> confirmedFor(String accountId, TimeRange window) {
    return em.createQuery(
            "SELECT b FROM VisitBooking b WHERE (b.teacherId = :a OR b.artisanId = :a)"
                + " AND b.status IN :held AND b.confirmedStart < :end AND b.confirmedEnd > :start"
                + " ORDER BY b.confirmedStart",
            VisitBooking.class)
        .setParameter("a", accountId)
        .setParameter("held", List.of(VisitStatus.CONFIRMED, VisitStatus.DONE))
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList();
  }

  private void tellBothSides(
      VisitBooking booking, java.util.function.Function<VisitBooking, VisitNotices.Told> told) {
    VisitNotices.Told message = told.apply(booking);
    Set<String> recipients = new HashSet<>(List.of(booking.teacherId(), booking.artisanId()));
    recipients.forEach(r -> notices.fire(message.to(r)));
  }

  private void checkTimes(VisitOffer offer, List<TimeRange> times) {
    List<FieldError> errors = new ArrayList<>();
    Set<Instant> starts = new HashSet<>();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    for (int i = 0; i < times.size(); i++) {
      TimeRange time = times.get(i);
      String field = "times[" + i + "]";
      if (!starts.add(time.start())) {
        errors.add(new FieldError(field, "invalid.visit.time-twice"));
      } else if (!time.start().isAfter(now)) {
        errors.add(new FieldError(field, "invalid.future"));
      } else if (!DateRules.isPlannable(
          time.start().atZone(ClockProducer.PARIS).toLocalDate(), today)) {
        errors.add(
            new FieldError(
                field, "invalid.planned-date", today.minusDays(1), DateRules.lastPlannable(today)));
      } else if (time.start().getEpochSecond() % 900 != 0) {
        errors.add(new FieldError(field, "invalid.visit.quarter-hour"));
      } else {
        Optional<Message> why =
            offer.whyNot(time).or(() -> workshop.whyClosed(offer.manufactureId(), List.of(time)));
        why.ifPresent(w -> errors.add(new FieldError(field, w.key(), w.args())));
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  private Set<Party> visibleTo(Caller caller, VisitBooking booking) {
    caller.requireAuthenticated();
    Set<Party> parties = booking.partiesOf(caller);
    if (parties.isEmpty()) {
      throw DomainException.forbidden("forbidden.visit.see");
    }
    return parties;
  }

  private Optional<School> schoolByUai(String uai) {
    return em.createQuery("SELECT s FROM School s WHERE s.uai = :uai", School.class)
        .setParameter("uai", uai)
        .getResultStream()
        .findFirst();
  }

  private VisitBooking find(String id) {
    VisitBooking booking = Found.or404(em, VisitBooking.class, id, "class-visit");
    return booking;
  }

  private VisitBooking lock(String id) {
    VisitBooking booking = Found.lockedOr404(em, VisitBooking.class, id, "class-visit");
    return booking;
  }

  private static void requireTeacher(Caller caller) {
    caller.requireAuthenticated();
    if (!caller.has(Role.TEACHER)) {
      throw DomainException.forbidden("forbidden.visit.teachers-only");
    }
  }
}
