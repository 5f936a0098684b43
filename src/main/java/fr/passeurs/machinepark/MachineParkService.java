package fr.passeurs.machinepark;

import fr.passeurs.certificate.CertificateIssued;
import fr.passeurs.certificate.CertificateRevoked;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Audited;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.TextRules;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.scheduling.Booking;
import fr.passeurs.scheduling.HolderType;
import fr.passeurs.scheduling.ResourceRef;
import fr.passeurs.scheduling.ResourceType;
import fr.passeurs.scheduling.SchedulingService;
import fr.passeurs.training.TrainingService;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the machine park: managers set each machine's booking rules and grant or revoke
 * authorisations; the artisans of the manufacture book the machines they may use, through the one
 * calendar, and cancel; managers book for them, mark a booking missed or let it go.
 *
 * <p>Every rule is checked here, on the server, whatever the page showed. A booking first locks its
 * machine's rules row: bookings of one machine are then checked one after the other, so that two of
 * the same person cannot both slip under the weekly quota; the calendar's key makes double booking
 * of the machine or of the person impossible in any case.
 */
@ApplicationScoped
@Transactional
public class MachineParkService {

  /** The longest stretch one asks the free windows of. */
  public static final int MAX_AVAILABILITY_DAYS = 42;

  /** The calendar's grain, in minutes: an outage's ends are widened to it. */
  private static final int QUARTER = 15;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private WorkshopService workshop;
  @Inject private AccountService accounts;
  @Inject private SchedulingService scheduling;
  @Inject private TrainingService trainings;
  @Inject private Event<Audited> audited;
  @Inject private Event<Notice> notices;

  // --- rules ---------------------------------------------------------------------------------

  /** A machine's booking rules; those of a machine never set are {@link MachineRules#UNSET}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MachineRules rules(String manufactureId, String machineId) {
    workshop.machineOf(manufactureId, machineId);
    return rulesOf(machineId);
  }

  private MachineRules rulesOf(String machineId) {
    RulesRow row = em.find(RulesRow.class, machineId);
    return row == null ? MachineRules.UNSET : row.rules();
  }

  /** The rules of each of these machines, by machine id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Map<String, MachineRules> rulesOf(List<String> machineIds) {
    java.util.Map<String, MachineRules> rules = new java.util.HashMap<>();
    machineIds.forEach(id -> rules.put(id, MachineRules.UNSET));
    if (!machineIds.isEmpty()) {
      em.createQuery("SELECT r FROM RulesRow r WHERE r.machineId IN :ids", RulesRow.class)
          .setParameter("ids", machineIds)
          .getResultList()
          .forEach(row -> rules.put(row.machineId(), row.rules()));
    }
    return rules;
  }

  public MachineRules setRules(
      Caller caller, String manufactureId, String machineId, MachineRules rules) {
    MachineSummary machine = workshop.machineOf(manufactureId, machineId);
    runs(caller, manufactureId);
    if (!rules.errors().isEmpty()) {
      throw DomainException.invalid(rules.errors());
    }
    RulesRow row = em.find(RulesRow.class, machineId, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      row = new RulesRow(machineId, manufactureId);
      em.persist(row);
    }
    row.set(rules, caller.accountId(), clock.instant());
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      // another manager set the first rules of this machine at the same moment
      throw DomainException.conflict(
          "concurrent-update", "problem.concurrent-update.machine-rules");
    }
    audited.fire(
        new Audited(
            AuditAction.MACHINE_RULES_SET,
            caller.accountId(),
            null,
            machineId,
            machine.name(),
            manufactureId,
            describe(rules)));
    return rules;
  }

  // --- authorisations ------------------------------------------------------------------------

  /**
   * A manager authorises a person on a machine of theirs, for a reason, until a day if given. The
   * person must be an active artisan of the manufacture.
   */
  public Authorisation grant(
      Caller caller,
      String manufactureId,
      String machineId,
      String accountId,
      String reason,
      LocalDate expiresOn) {
    MachineSummary machine = workshop.machineOf(manufactureId, machineId);
    runs(caller, manufactureId);
    String why = reason(reason);
    LocalDate today = today();
    if (expiresOn != null && expiresOn.isBefore(today)) {
      throw DomainException.invalid("expiresOn", "invalid.future");
    }
    AccountSummary person = member(manufactureId, accountId, "accountId");
    Authorisation authorisation =
        authorisation(machineId, person.id())
            .orElseGet(
                () -> {
                  Authorisation created = new Authorisation(machineId, manufactureId, person.id());
                  em.persist(created);
                  return created;
                });
    authorisation.grant(caller.accountId(), why, expiresOn, null, clock.instant());
    em.flush();
    audited.fire(
        new Audited(
            AuditAction.AUTHORISATION_GRANTED,
            caller.accountId(),
            null,
            person.id(),
            machine.name(),
            manufactureId,
            machine.name() + " — " + why));
    notices.fire(
        new Notice(
            person.id(),
            "authorisation-granted",
            Message.of("notice.authorisation-granted.title", machine.name()),
            expiresOn == null
                ? Message.of("notice.authorisation-granted.body", machine.name(), why)
                : Message.of(
                    "notice.authorisation-granted.body-until", machine.name(), why, expiresOn),
            "/artisan/machines.xhtml",
            null));
    return authorisation;
  }

  /**
   * A manager revokes an authorisation, for a reason: the person is told, and their bookings of
   * that machine yet to start are cancelled (not counted as used).
   */
  public Authorisation revoke(Caller caller, String authorisationId, String reason) {
    Authorisation authorisation =
        Optional.ofNullable(
                Ids.isWellFormed(authorisationId)
                    ? em.find(Authorisation.class, authorisationId, LockModeType.PESSIMISTIC_WRITE)
                    : null)
            .orElseThrow(() -> DomainException.notFound("authorisation", authorisationId));
    runs(caller, authorisation.manufactureId());
    String why = reason(reason);
    if (authorisation.isRevoked()) {
      throw DomainException.conflict(
          "authorisation-revoked", "problem.authorisation.already-revoked");
    }
    Instant now = clock.instant();
    authorisation.revoke(caller.accountId(), why, now);
    MachineSummary machine =
        workshop.machineOf(authorisation.manufactureId(), authorisation.machineId());
    int cancelled =
        cancelFutureBookings(
            authorisation.machineId(), authorisation.accountId(), caller.accountId(), now);
    audited.fire(
        new Audited(
            AuditAction.AUTHORISATION_REVOKED,
            caller.accountId(),
            null,
            authorisation.accountId(),
            machine.name(),
            authorisation.manufactureId(),
            machine.name() + " — " + why));
    notices.fire(
        new Notice(
            authorisation.accountId(),
            "authorisation-revoked",
            Message.of("notice.authorisation-revoked.title", machine.name()),
            Message.of("notice.authorisation-revoked.body", machine.name(), why, cancelled),
            "/me/machine-bookings.xhtml",
            null));
    return authorisation;
  }

  /** Cancels, uncounted, the bookings of that machine by that person yet to start; how many. */
  private int cancelFutureBookings(String machineId, String accountId, String by, Instant now) {
    List<MachineBooking> future =
        em.createQuery(
                "SELECT b FROM MachineBooking b WHERE b.machineId = :machine"
                    + " AND b.accountId = :person AND b.status = :booked AND b.startsAt > :now"
                    + " ORDER BY b.startsAt",
                MachineBooking.class)
            .setParameter("machine", machineId)
            .setParameter("person", accountId)
            .setParameter("booked", BookingStatus.BOOKED)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (MachineBooking booking : future) {
      booking.cancelUncounted(by, now);
      scheduling.release(HolderType.MACHINE_BOOKING, booking.id());
      tellWatchers(booking);
    }
    return future.size();
  }

  /**
   * A certificate of completion of a session authorises its holder on the machines its training
   * qualifies for, in the transaction that issues it. A valid authorisation a manager granted stays
   * as it is (the certificate's revocation will not take it back).
   */
  public void grantFromCertificate(CertificateIssued issued) {
    if (!issued.completion()) {
      return;
    }
    TrainingService.Qualification qualification =
        trainings.qualificationOfSession(issued.sessionId()).orElse(null);
    if (qualification == null || qualification.machineIds().isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    LocalDate today = today();
    for (MachineSummary machine : workshop.machineSummaries(qualification.machineIds()).values()) {
      Optional<Authorisation> held = authorisation(machine.id(), issued.recipientId());
      if (held.filter(a -> a.validOn(today) && a.certificateId() == null).isPresent()) {
        continue;
      }
      Authorisation authorisation =
          held.orElseGet(
              () -> {
                Authorisation created =
                    new Authorisation(machine.id(), machine.manufactureId(), issued.recipientId());
                em.persist(created);
                return created;
              });
      authorisation.grant(null, issued.code(), null, issued.certificateId(), now);
      audited.fire(
          new Audited(
              AuditAction.AUTHORISATION_GRANTED,
              null,
              null,
              issued.recipientId(),
              machine.name(),
              machine.manufactureId(),
              machine.name() + " — " + issued.code()));
      notices.fire(
          new Notice(
              issued.recipientId(),
              "authorisation-granted",
              Message.of("notice.authorisation-granted.title", machine.name()),
              Message.of(
                  "notice.authorisation-by-certificate.body",
                  machine.name(),
                  qualification.title(),
                  issued.code()),
              "/me/machine-bookings.xhtml",
              null));
    }
  }

  /**
   * A revoked certificate takes back the authorisations it granted, in the transaction that revokes
   * it: their holders are told and their bookings of those machines yet to start are cancelled,
   * uncounted.
   */
  public void revokeFromCertificate(CertificateRevoked revoked) {
    Instant now = clock.instant();
    for (Authorisation authorisation :
        em.createQuery(
                "SELECT a FROM Authorisation a WHERE a.certificateId = :certificate"
                    + " AND a.revokedAt IS NULL",
                Authorisation.class)
            .setParameter("certificate", revoked.certificateId())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      authorisation.revoke(null, revoked.code(), now);
      int cancelled =
          cancelFutureBookings(authorisation.machineId(), authorisation.accountId(), null, now);
      String machine =
          workshop.machine(authorisation.machineId()).map(MachineSummary::name).orElse("");
      audited.fire(
          new Audited(
              AuditAction.AUTHORISATION_REVOKED,
              null,
              null,
              authorisation.accountId(),
              machine,
              authorisation.manufactureId(),
              machine + " — " + revoked.code()));
      notices.fire(
          new Notice(
              authorisation.accountId(),
              "authorisation-revoked",
              Message.of("notice.authorisation-revoked.title", machine),
              Message.of(
                  "notice.authorisation-revoked-by-certificate.body",
                  machine,
                  revoked.code(),
                  cancelled),
              "/me/machine-bookings.xhtml",
              null));
    }
  }

  /** Who holds or held an authorisation on a machine (its managers, the admin), by grant date. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Authorisation> authorisationsOf(
      Caller caller, String manufactureId, String machineId) {
    workshop.machineOf(manufactureId, machineId);
    runs(caller, manufactureId);
    return em.createQuery(
            "SELECT a FROM Authorisation a WHERE a.machineId = :machine ORDER BY a.grantedAt DESC",
            Authorisation.class)
        .setParameter("machine", machineId)
        .getResultList();
  }

  /** The caller's own authorisations, revoked ones included, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Authorisation> myAuthorisations(Caller caller) {
    caller.requireAuthenticated();
    return em.createQuery(
            "SELECT a FROM Authorisation a WHERE a.accountId = :me ORDER BY a.grantedAt DESC",
            Authorisation.class)
        .setParameter("me", caller.accountId())
        .getResultList();
  }

  // --- bookings ------------------------------------------------------------------------------

  /**
   * Books a machine for a time, for the caller or, by a manager, for a person of theirs. Refused,
   * with what is in the way: a machine not bookable or out of its rules, a person not authorised or
   * too young, a time outside opening hours or taken in the calendar.
   */
  public MachineBooking book(Caller caller, String machineId, TimeRange time, String forAccountId) {
    caller.requireAuthenticated();
    MachineSummary machine =
        workshop
            .machine(machineId)
            .orElseThrow(() -> DomainException.notFound("machine", machineId));
    boolean forSomeoneElse = forAccountId != null && !caller.is(forAccountId);
    if (forSomeoneElse && !caller.mayRun(machine.manufactureId())) {
      throw DomainException.forbidden("forbidden.machine-booking.for-others");
    }
    AccountSummary person =
        forSomeoneElse
            ? member(machine.manufactureId(), forAccountId, "forAccountId")
            : member(machine.manufactureId(), caller.accountId(), null);
    RulesRow row = em.find(RulesRow.class, machineId, LockModeType.PESSIMISTIC_WRITE);
    MachineRules rules = row == null ? MachineRules.UNSET : row.rules();
    Instant now = clock.instant();
    boolean byManager = caller.mayRun(machine.manufactureId());
    rules.check(machine.name(), time, now, usedInWeek(machineId, person.id(), time), byManager);
    LocalDate day = time.day();
    if (machine.requiresAuthorisation()
        && authorisation(machineId, person.id()).filter(a -> a.validOn(day)).isEmpty()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "not-authorised",
          forSomeoneElse ? "problem.not-authorised.other" : "problem.not-authorised",
          machine.name(),
          person.displayName());
    }
    if (machine.minimumAge() != null) {
      Integer age = person.ageOn(day);
      if (age == null || age < machine.minimumAge()) {
        throw new DomainException(
            DomainException.Kind.FORBIDDEN,
            "too-young",
            age == null ? "problem.machine-age-unknown" : "problem.machine-too-young",
            machine.name(),
            machine.minimumAge());
      }
    }
    outageDuring(machineId, time)
        .ifPresent(
            outage -> {
              throw DomainException.conflict(
                      "machine-out-of-service",
                      "problem.machine-out-of-service",
                      machine.name(),
                      Message.of("outageKind." + outage.kind().name()),
                      outage.time().start(),
                      outage.time().end(),
                      outage.reason())
                  .with("outageId", outage.id());
            });
    workshop
        .whyClosed(machine.manufactureId(), List.of(time))
        .ifPresent(
            why -> {
              throw DomainException.conflict("outside-hours", why);
            });
    MachineBooking booking =
        new MachineBooking(
            machineId, machine.manufactureId(), person.id(), time, caller.accountId(), rules, now);
    em.persist(booking);
    em.flush();
    scheduling.reserve(
        new Booking(
            HolderType.MACHINE_BOOKING,
            booking.id(),
            machine.name() + " — " + person.displayName(),
            machine.manufactureId(),
            List.of(
                new ResourceRef(ResourceType.MACHINE, machine.id(), machine.name()),
                new ResourceRef(
                    person.isArtisan() ? ResourceType.ARTISAN : ResourceType.PERSON,
                    person.id(),
                    person.displayName())),
            List.of(time)));
    if (forSomeoneElse) {
      audited.fire(
          new Audited(
              AuditAction.MACHINE_BOOKED_FOR,
              caller.accountId(),
              person.id(),
              person.id(),
              machine.name(),
              machine.manufactureId(),
              machine.name() + " " + time.start() + "/" + time.end()));
    }
    return booking;
  }

  /**
   * Cancels a booking: its holder before it starts, a manager until it ends. The time is free at
   * once, and whoever watched the machine then is told.
   */
  public MachineBooking cancel(Caller caller, String bookingId) {
    MachineBooking booking = lockBooking(caller, bookingId);
    boolean byManager = caller.mayRun(booking.manufactureId());
    booking.cancel(caller.accountId(), byManager, clock.instant());
    scheduling.release(HolderType.MACHINE_BOOKING, booking.id());
    tellWatchers(booking);
    return booking;
  }

  // --- watches -------------------------------------------------------------------------------

  /**
   * The caller asks to be told when the machine frees up within a window (at most {@value
   * Watch#MAX_DAYS} days, not all past; at most {@value Watch#MAX_WAITING} watches waiting).
   */
  public Watch watch(Caller caller, String manufactureId, String machineId, TimeRange window) {
    caller.requireAuthenticated();
    workshop.machineOf(manufactureId, machineId);
    AccountSummary person = member(manufactureId, caller.accountId(), null);
    Instant now = clock.instant();
    if (!window.end().isAfter(now)) {
      throw DomainException.invalid("to", "invalid.future");
    }
    if (window.duration().compareTo(Duration.ofDays(Watch.MAX_DAYS)) > 0) {
      throw DomainException.invalid("to", "invalid.window.max-days", Watch.MAX_DAYS);
    }
    long waiting =
        em.createQuery(
                "SELECT COUNT(w) FROM Watch w WHERE w.accountId = :me AND w.notifiedAt IS NULL"
                    + " AND w.endsAt > :now",
                Long.class)
            .setParameter("me", person.id())
            .setParameter("now", now)
            .getSingleResult();
    if (waiting >= Watch.MAX_WAITING) {
      throw DomainException.conflict(
          "too-many-watches", "problem.too-many-watches", Watch.MAX_WAITING);
    }
    Watch watch = new Watch(machineId, manufactureId, person.id(), window, now);
    em.persist(watch);
    return watch;
  }

  /**
   * Tells those who watched the machine when a booking's time was freed (not its own holder), first
   * come first served: each is offered the time, nothing is held; each watch tells once.
   */
  private void tellWatchers(MachineBooking freed) {
    Instant now = clock.instant();
    if (!freed.time().end().isAfter(now)) {
      return;
    }
    List<Watch> watching =
        em.createQuery(
                "SELECT w FROM Watch w WHERE w.machineId = :machine AND w.notifiedAt IS NULL"
                    + " AND w.startsAt < :end AND w.endsAt > :start AND w.accountId <> :holder"
                    + " ORDER BY w.createdAt",
                Watch.class)
            .setParameter("machine", freed.machineId())
            .setParameter("start", freed.time().start())
            .setParameter("end", freed.time().end())
            .setParameter("holder", freed.accountId())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (watching.isEmpty()) {
      return;
    }
    String name = workshop.machine(freed.machineId()).map(MachineSummary::name).orElse("");
    LocalDate monday =
        freed
            .time()
            .day()
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    for (Watch watch : watching) {
      watch.notified(now);
      notices.fire(
          new Notice(
              watch.accountId(),
              "machine-freed",
              Message.of("notice.machine-freed.title", name),
              Message.of(
                  "notice.machine-freed.body", name, freed.time().start(), freed.time().end()),
              "/artisan/machine.xhtml?machine=" + freed.machineId() + "&week=" + monday,
              null));
    }
  }

  /** A manager marks a booking missed, once it has started: it counts as used. */
  public MachineBooking markNoShow(Caller caller, String bookingId) {
    MachineBooking booking = lockBooking(caller, bookingId);
    runs(caller, booking.manufactureId());
    booking.markNoShow(clock.instant());
    return booking;
  }

  /** A manager lets a booking go: it no longer counts as used; its time, if held, is freed. */
  public MachineBooking waive(Caller caller, String bookingId) {
    MachineBooking booking = lockBooking(caller, bookingId);
    runs(caller, booking.manufactureId());
    if (booking.status() == BookingStatus.BOOKED) {
      booking.cancel(caller.accountId(), true, clock.instant());
      scheduling.release(HolderType.MACHINE_BOOKING, booking.id());
      tellWatchers(booking);
    }
    booking.waive();
    return booking;
  }

  /** The caller's bookings that end after that instant, by start. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MachineBooking> myBookings(Caller caller, Instant endingAfter) {
    caller.requireAuthenticated();
    return em.createQuery(
            "SELECT b FROM MachineBooking b WHERE b.accountId = :me AND b.endsAt > :after"
                + " ORDER BY b.startsAt",
            MachineBooking.class)
        .setParameter("me", caller.accountId())
        .setParameter("after", endingAfter)
        .getResultList();
  }

  /** A person's bookings that meet a window, whatever their status, by start: their calendar. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MachineBooking> bookingsHeldBy(String accountId, TimeRange window) {
    return em.createQuery(
            "SELECT b FROM MachineBooking b WHERE b.accountId = :person"
                + " AND b.startsAt < :end AND b.endsAt > :start ORDER BY b.startsAt",
            MachineBooking.class)
        .setParameter("person", accountId)
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList();
  }

  /** A machine's bookings that meet a window (its managers, the admin), by start. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MachineBooking> bookingsOf(
      Caller caller, String manufactureId, String machineId, TimeRange window) {
    workshop.machineOf(manufactureId, machineId);
    runs(caller, manufactureId);
    return em.createQuery(
            "SELECT b FROM MachineBooking b WHERE b.machineId = :machine"
                + " AND b.startsAt < :end AND b.endsAt > :start ORDER BY b.startsAt",
            MachineBooking.class)
        .setParameter("machine", machineId)
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList();
  }

  /**
   * When a machine is free to book from one day to another (that one excluded): the manufacture's
   * opening times, not on closure days, minus what the calendar holds on the machine, from now and
   * within the rules' horizon, on the rules' step, and only windows long enough for the shortest
   * booking. A machine that is not bookable has none.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TimeRange> availability(
      String manufactureId, String machineId, LocalDate from, LocalDate until) {
    workshop.machineOf(manufactureId, machineId);
    if (until.isBefore(from) || from.plusDays(MAX_AVAILABILITY_DAYS).isBefore(until)) {
      throw DomainException.invalid("to", "invalid.availability.range", MAX_AVAILABILITY_DAYS);
    }
    MachineRules rules = rulesOf(machineId);
    if (!rules.bookable() || !from.isBefore(until)) {
      return List.of();
    }
    Instant now = clock.instant();
    List<TimeRange> open = workshop.openTimes(manufactureId, from, until);
    if (open.isEmpty()) {
      return List.of();
    }
    TimeRange span = new TimeRange(open.get(0).start(), open.get(open.size() - 1).end());
    List<TimeRange> taken =
        scheduling.ofResource(ResourceType.MACHINE, machineId, span).stream()
            .map(r -> r.time())
            .sorted()
            .toList();
    return Availability.windows(open, taken, now, rules.horizon(now), rules);
  }

  // --- usage -------------------------------------------------------------------------------

  /**
   * What one person used of one machine in a month: the bookings that count (held and ended,
   * missed, or cancelled after their free limit; by the month their start falls in, Paris time),
   * how many were missed or cancelled late, their minutes and amount (each booking at the rate it
   * was made at).
   */
  public record UsageLine(
      String accountId,
      String machineId,
      int bookings,
      int noShows,
      int lateCancellations,
      long minutes,
      long amountCents) {}

  /** The usage of a manufacture's machines in a month, per person and machine (its managers). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UsageLine> usage(Caller caller, String manufactureId, java.time.YearMonth month) {
    workshop.machineSummariesOf(manufactureId);
    runs(caller, manufactureId);
    Instant from = month.atDay(1).atStartOfDay(ClockProducer.PARIS).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ClockProducer.PARIS).toInstant();
    Instant now = clock.instant();
    java.util.Map<String, long[]> totals = new java.util.LinkedHashMap<>();
    for (MachineBooking booking :
        em.createQuery(
                "SELECT b FROM MachineBooking b WHERE b.manufactureId = :manufacture"
                    + " AND b.startsAt >= :from AND b.startsAt < :to"
                    + " ORDER BY b.accountId, b.machineId, b.startsAt",
                MachineBooking.class)
            .setParameter("manufacture", manufactureId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      boolean used =
          booking.status() == BookingStatus.NO_SHOW
              || (booking.status() == BookingStatus.CANCELLED && booking.cancelledLate())
              || (booking.status() == BookingStatus.BOOKED && !booking.time().end().isAfter(now));
      if (!used) {
        continue;
      }
      long[] line =
          totals.computeIfAbsent(
              booking.accountId() + "/" + booking.machineId(), key -> new long[5]);
      Duration length = booking.time().duration();
      line[0]++;
      line[1] += booking.status() == BookingStatus.NO_SHOW ? 1 : 0;
      line[2] += booking.status() == BookingStatus.CANCELLED ? 1 : 0;
      line[3] += length.toMinutes();
      line[4] += MachineRules.amountCents(length, booking.rateCents());
    }
    List<UsageLine> lines = new ArrayList<>();
    totals.forEach(
        (key, t) -> {
          String[] ids = key.split("/");
          lines.add(new UsageLine(ids[0], ids[1], (int) t[0], (int) t[1], (int) t[2], t[3], t[4]));
        });
    return lines;
  }

  // --- outages ------------------------------------------------------------------------------

  /**
   * A manager declares a machine out of order or in maintenance for a period (its ends widened to
   * the quarter hour): the machine bookings in it are cancelled, not counted, and their holders
   * told; the period is then taken in the calendar, which refuses it (409 naming them) while a
   * session or a class visit uses the machine then.
   */
  public Outage declareOutage(
      Caller caller,
      String manufactureId,
      String machineId,
      Outage.Kind kind,
      TimeRange asked,
      String reason) {
    MachineSummary machine = workshop.machineOf(manufactureId, machineId);
    runs(caller, manufactureId);
    String why = TextRules.checked("reason", reason, Outage.MAX_REASON, true);
    if (why == null) {
      throw DomainException.invalid("reason", "invalid.required");
    }
    if (kind == null) {
      throw DomainException.invalid("kind", "invalid.required");
    }
    Instant now = clock.instant();
    if (!asked.end().isAfter(now)) {
      throw DomainException.invalid("end", "invalid.future");
    }
    TimeRange time =
        new TimeRange(
            Availability.stepDown(asked.start(), QUARTER),
            Availability.stepUp(asked.end(), QUARTER));
    List<MachineBooking> cancelled = new ArrayList<>();
    for (MachineBooking booking :
        em.createQuery(
                "SELECT b FROM MachineBooking b WHERE b.machineId = :machine AND b.status = :booked"
                    + " AND b.startsAt < :end AND b.endsAt > :start AND b.endsAt > :now"
                    + " ORDER BY b.startsAt",
                MachineBooking.class)
            .setParameter("machine", machineId)
            .setParameter("booked", BookingStatus.BOOKED)
            .setParameter("start", time.start())
            .setParameter("end", time.end())
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      booking.cancelUncounted(caller.accountId(), now);
      scheduling.release(HolderType.MACHINE_BOOKING, booking.id());
      cancelled.add(booking);
    }
    Outage outage = new Outage(machineId, manufactureId, kind, time, why, caller.accountId(), now);
    em.persist(outage);
    em.flush();
    scheduling.reserve(
        new Booking(
            HolderType.OUTAGE,
            outage.id(),
            why,
            manufactureId,
            List.of(new ResourceRef(ResourceType.MACHINE, machine.id(), machine.name())),
            List.of(time)));
    for (MachineBooking booking : cancelled) {
      notices.fire(
          new Notice(
              booking.accountId(),
              "machine-booking-cancelled",
              Message.of("notice.machine-outage.title", machine.name()),
              Message.of(
                  "notice.machine-outage.body",
                  machine.name(),
                  booking.time().start(),
                  booking.time().end(),
                  Message.of("outageKind." + kind.name()),
                  why),
              "/me/machine-bookings.xhtml",
              new fr.passeurs.platform.CalendarEvent(
                  MachineCalendar.uid(booking),
                  booking.time(),
                  Message.of("calendar.machine-booking", machine.name()),
                  Message.of("calendar.machine-booking.description", machine.name()),
                  machine.name(),
                  true)));
    }
    return outage;
  }

  /** The machine is back in service before the period's end: the calendar frees its time. */
  public Outage liftOutage(Caller caller, String outageId) {
    Outage outage =
        Optional.ofNullable(
                Ids.isWellFormed(outageId)
                    ? em.find(Outage.class, outageId, LockModeType.PESSIMISTIC_WRITE)
                    : null)
            .orElseThrow(() -> DomainException.notFound("outage", outageId));
    runs(caller, outage.manufactureId());
    if (!outage.isLifted()) {
      outage.lift(clock.instant());
      scheduling.release(HolderType.OUTAGE, outage.id());
    }
    return outage;
  }

  /** A machine's outages not lifted that end after that instant, by start. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Outage> outagesOf(String manufactureId, String machineId, Instant endingAfter) {
    workshop.machineOf(manufactureId, machineId);
    return em.createQuery(
            "SELECT o FROM Outage o WHERE o.machineId = :machine AND o.liftedAt IS NULL"
                + " AND o.endsAt > :after ORDER BY o.startsAt",
            Outage.class)
        .setParameter("machine", machineId)
        .setParameter("after", endingAfter)
        .getResultList();
  }

  // --- helpers -------------------------------------------------------------------------------

  /** What the person holds on this machine in the calendar week of that time. */
  private Duration usedInWeek(String machineId, String accountId, TimeRange time) {
    TimeRange week = MachineRules.weekOf(time.start());
    return em
        .createQuery(
            "SELECT b FROM MachineBooking b WHERE b.machineId = :machine AND b.accountId = :person"
                + " AND b.status IN :held AND b.startsAt < :end AND b.endsAt > :start",
            MachineBooking.class)
        .setParameter("machine", machineId)
        .setParameter("person", accountId)
        .setParameter("held", List.of(BookingStatus.BOOKED, BookingStatus.NO_SHOW))
        .setParameter("start", week.start())
        .setParameter("end", week.end())
        .getResultList()
        .stream()
        .map(b -> b.time().duration())
        .reduce(Duration.ZERO, Duration::plus);
  }

  private Optional<Outage> outageDuring(String machineId, TimeRange time) {
    return em.createQuery(
            "SELECT o FROM Outage o WHERE o.machineId = :machine AND o.liftedAt IS NULL"
                + " AND o.startsAt < :end AND o.endsAt > :start ORDER BY o.startsAt",
            Outage.class)
        .setParameter("machine", machineId)
        .setParameter("start", time.start())
        .setParameter("end", time.end())
        .getResultStream()
        .findFirst();
  }

  private Optional<Authorisation> authorisation(String machineId, String accountId) {
    return em.createQuery(
            "SELECT a FROM Authorisation a WHERE a.machineId = :machine AND a.accountId = :person",
            Authorisation.class)
        .setParameter("machine", machineId)
        .setParameter("person", accountId)
        .getResultStream()
        .findFirst();
  }

  /**
   * An active artisan of the manufacture, or the refusal: unknown ids are a field error of {@code
   * field} when the id was asked for, anything else a 403 naming who may book.
   */
  private AccountSummary member(String manufactureId, String accountId, String field) {
    Optional<AccountSummary> found =
        Ids.isWellFormed(accountId) ? accounts.summary(accountId) : Optional.empty();
    if (found.isEmpty() && field != null) {
      throw DomainException.invalid(field, "invalid.machine-park.unknown-person");
    }
    AccountSummary person =
        found.orElseThrow(() -> DomainException.forbidden("forbidden.machine-booking.member"));
    if (!person.isActive()
        || !person.isArtisan()
        || !manufactureId.equals(person.manufactureId())) {
      if (field != null) {
        throw DomainException.invalid(field, "invalid.machine-park.not-a-member");
      }
      throw new DomainException(
          DomainException.Kind.FORBIDDEN, "not-a-member", "forbidden.machine-booking.member");
    }
    return person;
  }

  private MachineBooking lockBooking(Caller caller, String bookingId) {
    caller.requireAuthenticated();
    MachineBooking booking =
        Ids.isWellFormed(bookingId)
            ? em.find(MachineBooking.class, bookingId, LockModeType.PESSIMISTIC_WRITE)
            : null;
    if (booking == null
        || !(caller.is(booking.accountId()) || caller.mayRun(booking.manufactureId()))) {
      throw DomainException.notFound("machine-booking", bookingId);
    }
    return booking;
  }

  private void runs(Caller caller, String manufactureId) {
    if (!caller.mayRun(manufactureId)) {
      throw DomainException.forbidden("forbidden.manufacture.manage");
    }
  }

  /** A reason is required, on one or more lines. */
  private static String reason(String reason) {
    String why = TextRules.checked("reason", reason, Authorisation.MAX_REASON, true);
    if (why == null) {
      throw DomainException.invalid("reason", "invalid.required");
    }
    return why;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.PARIS));
  }

  /** The rules as the audit trail keeps them: values, not a sentence. */
  private static String describe(MachineRules rules) {
    return "bookable=%s step=%d min=%d max=%d weeklyHours=%d horizonDays=%d freeCancelHours=%d rateCents=%d"
        .formatted(
            rules.bookable(),
            rules.slotMinutes(),
            rules.minMinutes(),
            rules.maxMinutes(),
            rules.weeklyHours(),
            rules.horizonDays(),
            rules.freeCancelHours(),
            rules.hourlyRateCents());
  }
}
