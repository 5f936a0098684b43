package fr.passeurs.visit;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TimeRange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A teacher's booking of a visit offer for one class, from request to done. It keeps the terms it
 * was accepted on (the offer's and the room's limits, the ratio of pupils per adult), so that the
 * database can check them too, and the history of every step.
 *
 * <p>The rules of who may do what and when are here, in {@link #refusal}: the same rules refuse an
 * action and list the {@link #allowed actions allowed} to a caller.
 */
@Entity
@Table(name = "visit_booking")
public class VisitBooking {

  /** A teacher may give a first choice and two alternatives. */
  public static final int MAX_WISHED = 3;

  /** Most accompanying adults. */
  public static final int MAX_ADULTS = 50;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "offer_id")
  private String offerId;

  @Column(name = "title")
  private String title;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "artisan_id")
  private String artisanId;

  @Column(name = "room_id")
  private String roomId;

  @Column(name = "teacher_id")
  private String teacherId;

  @Column(name = "school_id")
  private String schoolId;

  @Enumerated(EnumType.STRING)
  @Column(name = "level")
  private SchoolLevel level;

  @Column(name = "pupils")
  private int pupils;

  @Column(name = "adults")
  private int adults;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_booking_need", joinColumns = @JoinColumn(name = "booking_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "need")
  private Set<AccessibilityNeed> needs = new HashSet<>();

  @Column(name = "comment")
  private String comment;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_booking_time", joinColumns = @JoinColumn(name = "booking_id"))
  @OrderColumn(name = "seq")
  private List<WishedTime> wished = new ArrayList<>();

  @Column(name = "first_wished_at")
  private Instant firstWishedAt;

  @Column(name = "confirmed_start")
  private Instant confirmedStart;

  @Column(name = "confirmed_end")
  private Instant confirmedEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private VisitStatus status;

  @Column(name = "answer_by")
  private Instant answerBy;

  @Column(name = "reason")
  private String reason;

  @Column(name = "present_pupils")
  private Integer presentPupils;

  @Column(name = "present_adults")
  private Integer presentAdults;

  @Column(name = "attendance_confirmed_at")
  private Instant attendanceConfirmedAt;

  @Column(name = "max_pupils")
  private int maxPupils;

  @Column(name = "room_capacity")
  private int roomCapacity;

  @Column(name = "pupils_per_adult")
  private int pupilsPerAdult;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_booking_step", joinColumns = @JoinColumn(name = "booking_id"))
  @OrderColumn(name = "seq")
  private List<VisitStep> history = new ArrayList<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected VisitBooking() {}

  /** What a teacher asks for. */
  public record Request(
      SchoolLevel level,
      int pupils,
      int adults,
      Set<AccessibilityNeed> needs,
      String comment,
      List<Instant> starts) {

    public Request {
      needs = needs == null ? Set.of() : Set.copyOf(needs);
      starts =
          starts == null
              ? List.of()
              : java.util.Collections.unmodifiableList(new ArrayList<>(starts));
    }
  }

  /**
   * A request for an offer, checked against the offer's levels and group sizes, the room's capacity
   * and the ratio of pupils per adult. Times are checked by the service, which knows the opening
   * hours.
   */
  VisitBooking(
      VisitOffer offer,
      School school,
      String teacherId,
      Request request,
      List<TimeRange> times,
      int roomCapacity,
      VisitRules rules,
      Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (request.level() == null) {
      errors.add(new FieldError("level", "invalid.required"));
    } else if (!offer.levels().contains(request.level())) {
      errors.add(new FieldError("level", "invalid.visit.level-not-welcomed", request.level()));
    }
    if (request.pupils() < offer.minPupils() || request.pupils() > offer.maxPupils()) {
      errors.add(
          new FieldError(
              "pupils", "invalid.visit.pupils-range", offer.minPupils(), offer.maxPupils()));
    }
    if (request.adults() < 1 || request.adults() > MAX_ADULTS) {
      errors.add(new FieldError("adults", "invalid.range", 1, MAX_ADULTS));
    } else if (request.level() != null
        && request.adults() < rules.adultsNeeded(request.level(), request.pupils())) {
      errors.add(
          new FieldError(
              "adults",
              "invalid.visit.adults-ratio",
              request.pupils(),
              rules.adultsNeeded(request.level(), request.pupils()),
              rules.pupilsPerAdult(request.level())));
    }
    if (request.pupils() + request.adults() > roomCapacity) {
      errors.add(new FieldError("pupils", "invalid.visit.room-capacity", roomCapacity));
    }
    if (request.comment() != null && request.comment().length() > 2000) {
      errors.add(new FieldError("comment", "invalid.length.max", 2000));
    }
    if (times.isEmpty() || times.size() > MAX_WISHED) {
      errors.add(new FieldError("times", "invalid.visit.wished-times"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    this.id = Ids.newId();
    this.offerId = offer.id();
    this.title = offer.title();
    this.manufactureId = offer.manufactureId();
    this.artisanId = offer.artisanId();
    this.roomId = offer.roomId();
    this.teacherId = teacherId;
    this.schoolId = school.id();
    this.level = request.level();
    this.pupils = request.pupils();
    this.adults = request.adults();
    this.needs.addAll(request.needs());
    this.comment = request.comment() == null ? "" : request.comment().trim();
    times.forEach(t -> wished.add(new WishedTime(t)));
    this.firstWishedAt =
        times.stream().map(TimeRange::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant lastWished =
        times.stream().map(TimeRange::start).max(Comparator.naturalOrder()).orElseThrow();
    Instant answerLimit = now.plus(rules.answerWithin());
    this.answerBy = answerLimit.isBefore(lastWished) ? answerLimit : lastWished;
    this.maxPupils = offer.maxPupils();
    this.roomCapacity = roomCapacity;
    this.pupilsPerAdult = rules.pupilsPerAdult(request.level());
    this.status = VisitStatus.REQUESTED;
    this.createdAt = now;
    this.updatedAt = now;
    history.add(new VisitStep(now, teacherId, VisitAction.REQUEST, null, status, null));
  }

  /**
   * Why this caller may not take this action now, or empty if they may. A state that no one may act
   * on gives a 409; a state someone else could act on gives a 403 that says who.
   */
  public Optional<DomainException> refusal(
      VisitAction action, Set<Party> parties, Instant now, Duration cancellationLimit) {
    boolean teacher = parties.contains(Party.TEACHER);
    boolean host = parties.contains(Party.HOST) || parties.contains(Party.MANAGER);
    boolean manager = parties.contains(Party.MANAGER);
    return Optional.ofNullable(
        switch (action) {
          case CONFIRM -> {
            if (status != VisitStatus.REQUESTED) {
              yield state("problem.visit-state.cannot-confirm");
            }
            if (!host) {
              yield DomainException.forbidden("forbidden.visit.confirm");
            }
            yield wished.stream().anyMatch(w -> w.time().start().isAfter(now))
                ? null
                : DomainException.conflict("visit-state", "problem.visit-state.times-passed");
          }
          case DECLINE -> {
            if (status != VisitStatus.REQUESTED) {
              yield state("problem.visit-state.cannot-decline");
            }
            yield host ? null : DomainException.forbidden("forbidden.visit.decline");
          }
          case CANCEL -> {
            if (!status.isOpen()) {
              yield state("problem.visit-state.cannot-cancel");
            }
            if (!teacher && !host) {
              yield DomainException.forbidden("forbidden.visit.cancel");
            }
            if (status == VisitStatus.REQUESTED) {
              yield null;
            }
            if (!now.isBefore(confirmedStart)) {
              yield DomainException.conflict("visit-state", "problem.visit-state.begun");
            }
            yield now.isBefore(confirmedStart.minus(cancellationLimit)) || manager
                ? null
                : DomainException.forbidden(
                    "forbidden.visit.cancel-late", cancellationLimit.toDays());
          }
          case MARK_DONE -> {
            if (status != VisitStatus.CONFIRMED) {
              yield state("problem.visit-state.cannot-mark-done");
            }
            if (!host) {
              yield DomainException.forbidden("forbidden.visit.mark-done");
            }
            yield now.isBefore(confirmedEnd)
                ? DomainException.conflict(
                    "visit-state", "problem.visit-state.not-over", confirmedEnd)
                : null;
          }
          case CONFIRM_ATTENDANCE -> {
            if (status != VisitStatus.DONE) {
              yield DomainException.conflict(
                  "visit-state", "problem.visit-state.attendance-not-done", status);
            }
            if (attendanceConfirmedAt != null) {
              yield DomainException.conflict(
                  "visit-state", "problem.visit-state.attendance-confirmed");
            }
            yield teacher ? null : DomainException.forbidden("forbidden.visit.confirm-attendance");
          }
          case REQUEST, EXPIRE ->
              DomainException.conflict("visit-state", "problem.visit-state.not-an-action");
        });
  }

  /** The actions this caller may take now, among confirm, decline, cancel and markDone. */
  public List<VisitAction> allowed(Set<Party> parties, Instant now, Duration cancellationLimit) {
    return Arrays.stream(VisitAction.values())
        .filter(a -> a != VisitAction.REQUEST && a != VisitAction.EXPIRE)
        .filter(a -> refusal(a, parties, now, cancellationLimit).isEmpty())
        .toList();
  }

  /** The status does not allow the action: {@code key} says which, with the status. */
  private DomainException state(String key) {
    return DomainException.conflict("visit-state", key, status);
  }

  private void check(VisitAction action, Set<Party> parties, Instant now, Duration limit) {
    Optional<DomainException> refused = refusal(action, parties, now, limit);
    if (refused.isPresent()) {
      throw refused.get();
    }
  }

  /** The host confirms one of the wished times (0 is the first choice); returns it. */
  TimeRange confirm(int choice, String actorId, Set<Party> parties, Instant now, Duration limit) {
    check(VisitAction.CONFIRM, parties, now, limit);
    if (choice < 0 || choice >= wished.size()) {
      throw DomainException.invalid("choice", "invalid.visit.choice", wished.size() - 1);
    }
    TimeRange time = wished.get(choice).time();
    if (!time.start().isAfter(now)) {
      throw DomainException.invalid("choice", "invalid.visit.choice-passed");
    }
    this.confirmedStart = time.start();
    this.confirmedEnd = time.end();
    move(VisitAction.CONFIRM, VisitStatus.CONFIRMED, actorId, now, null);
    return time;
  }

  void decline(String reason, String actorId, Set<Party> parties, Instant now, Duration limit) {
    check(VisitAction.DECLINE, parties, now, limit);
    this.reason = required(reason);
    move(VisitAction.DECLINE, VisitStatus.DECLINED, actorId, now, this.reason);
  }

  /** True if the visit was confirmed, so that its reservations must be released. */
  boolean cancel(String reason, String actorId, Set<Party> parties, Instant now, Duration limit) {
    check(VisitAction.CANCEL, parties, now, limit);
    boolean wasConfirmed = status == VisitStatus.CONFIRMED;
    this.reason = required(reason);
    move(VisitAction.CANCEL, VisitStatus.CANCELLED, actorId, now, this.reason);
    return wasConfirmed;
  }

  void markDone(
      Integer pupilsPresent,
      Integer adultsPresent,
      String actorId,
      Set<Party> parties,
      Instant now,
      Duration limit) {
    check(VisitAction.MARK_DONE, parties, now, limit);
    List<FieldError> errors = new ArrayList<>();
    if (pupilsPresent == null || pupilsPresent < 0 || pupilsPresent > roomCapacity) {
      errors.add(new FieldError("presentPupils", "invalid.range", 0, roomCapacity));
    }
    if (adultsPresent == null || adultsPresent < 0 || adultsPresent > MAX_ADULTS) {
      errors.add(new FieldError("presentAdults", "invalid.range", 0, MAX_ADULTS));
    }
    if (errors.isEmpty() && pupilsPresent + adultsPresent > roomCapacity) {
      errors.add(new FieldError("presentPupils", "invalid.visit.room-capacity", roomCapacity));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    this.presentPupils = pupilsPresent;
    this.presentAdults = adultsPresent;
    move(VisitAction.MARK_DONE, VisitStatus.DONE, actorId, now, null);
  }

  /** The teacher confirms the numbers present that the host recorded when marking it done. */
  void confirmAttendance(String actorId, Set<Party> parties, Instant now, Duration limit) {
    check(VisitAction.CONFIRM_ATTENDANCE, parties, now, limit);
    this.attendanceConfirmedAt = now;
    history.add(new VisitStep(now, actorId, VisitAction.CONFIRM_ATTENDANCE, status, status, null));
    this.updatedAt = now;
  }

  /** A request nobody answered in time expires; true if it did. */
  boolean expire(Instant now) {
    if (status != VisitStatus.REQUESTED || now.isBefore(answerBy)) {
      return false;
    }
    move(VisitAction.EXPIRE, VisitStatus.EXPIRED, null, now, null);
    return true;
  }

  /**
   * What a step of the history says: the words someone gave (a reason), or what the step itself
   * means (the numbers present, a request left unanswered), for each reader in their language.
   */
  public Message noteOf(VisitStep step) {
    if (step.note() != null && !step.note().isBlank()) {
      return Message.of("visit.note.words", step.note());
    }
    return switch (step.action()) {
      case MARK_DONE -> Message.of("visit.note.done", presentPupils, presentAdults);
      case CONFIRM_ATTENDANCE ->
          Message.of("visit.note.attendance-confirmed", presentPupils, presentAdults);
      case EXPIRE -> Message.of("visit.note.expired");
      default -> null;
    };
  }

  private void move(VisitAction action, VisitStatus to, String actorId, Instant now, String note) {
    history.add(new VisitStep(now, actorId, action, status, to, note));
    this.status = to;
    this.updatedAt = now;
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "invalid.visit.reason-required");
    }
    if (reason.length() > 500) {
      throw DomainException.invalid("reason", "invalid.length.max", 500);
    }
    return reason.trim();
  }

  /** The confirmed time, or else the first wished one. */
  public TimeRange when() {
    if (confirmedStart != null) {
      return new TimeRange(confirmedStart, confirmedEnd);
    }
    return wished.stream().map(WishedTime::time).min(Comparator.naturalOrder()).orElseThrow();
  }

  public Set<Party> partiesOf(fr.passeurs.platform.Caller caller) {
    Set<Party> parties = EnumSet.noneOf(Party.class);
    if (caller.is(teacherId)) {
      parties.add(Party.TEACHER);
    }
    if (caller.is(artisanId)) {
      parties.add(Party.HOST);
    }
    if (caller.mayRun(manufactureId)) {
      parties.add(Party.MANAGER);
    }
    return parties;
  }

  public String id() {
    return id;
  }

  public String offerId() {
    return offerId;
  }

  public String title() {
    return title;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String artisanId() {
    return artisanId;
  }

  public String roomId() {
    return roomId;
  }

  public String teacherId() {
    return teacherId;
  }

  public String schoolId() {
    return schoolId;
  }

  public SchoolLevel level() {
    return level;
  }

  public int pupils() {
    return pupils;
  }

  public int adults() {
    return adults;
  }

  public Set<AccessibilityNeed> needs() {
    return needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
  }

  public String comment() {
    return comment;
  }

  public List<TimeRange> wishedTimes() {
    return wished.stream().map(WishedTime::time).toList();
  }

  public Optional<TimeRange> confirmedTime() {
    return confirmedStart == null
        ? Optional.empty()
        : Optional.of(new TimeRange(confirmedStart, confirmedEnd));
  }

  public VisitStatus status() {
    return status;
  }

  public Instant answerBy() {
    return answerBy;
  }

  public String reason() {
    return reason;
  }

  public Integer presentPupils() {
    return presentPupils;
  }

  public Integer presentAdults() {
    return presentAdults;
  }

  public Instant attendanceConfirmedAt() {
    return attendanceConfirmedAt;
  }

  public List<VisitStep> history() {
    return List.copyOf(history);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
