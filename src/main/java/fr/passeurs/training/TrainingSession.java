package fr.passeurs.training;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A dated session of a training, in a room of the artisan's manufacture, over one or several
 * half-days. It counts its confirmed seats itself (the database refuses more than its seats) and
 * numbers its waiting list in order of arrival.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "training_id")
  private String trainingId;

  @Column(name = "artisan_id")
  private String artisanId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "know_how_id")
  private String knowHowId;

  @Column(name = "title")
  private String title;

  @Column(name = "room_id")
  private String roomId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_machine", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "machine_id")
  private Set<String> machineIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_slot", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "seq")
  private List<Slot> slots = new ArrayList<>();

  @Column(name = "seats")
  private int seats;

  @Column(name = "enrolment_deadline")
  private Instant enrolmentDeadline;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private SessionStatus status;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "enrolment_closed")
  private boolean enrolmentClosed;

  @Column(name = "confirmed_count")
  private int confirmedCount;

  @Column(name = "queue_counter")
  private int queueCounter;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected TrainingSession() {}

  TrainingSession(
      Training training,
      String roomId,
      Set<String> machineIds,
      List<TimeRange> times,
      int seats,
      Instant enrolmentDeadline,
      GeoPoint place,
      Instant now) {
    this.id = Ids.newId();
    this.trainingId = training.id();
    this.artisanId = training.artisanId();
    this.manufactureId = training.manufactureId();
    this.knowHowId = training.knowHowId();
    this.title = training.title();
    this.roomId = roomId;
    this.machineIds.addAll(machineIds);
    times.stream().sorted().map(Slot::new).forEach(slots::add);
    this.startsAt = slots.get(0).time().start();
    this.endsAt = slots.get(slots.size() - 1).time().end();
    this.seats = seats;
    this.enrolmentDeadline = enrolmentDeadline;
    this.latitude = place == null ? null : place.latitude();
    this.longitude = place == null ? null : place.longitude();
    this.status = SessionStatus.SCHEDULED;
    this.createdAt = now;
  }

  /** Takes a seat if one is left; returns whether it did. */
  boolean takeSeat() {
    if (confirmedCount >= seats) {
      return false;
    }
    confirmedCount++;
    return true;
  }

  void freeSeat() {
    if (confirmedCount == 0) {
      throw new IllegalStateException("no seat to free in session " + id);
    }
    confirmedCount--;
  }

  /** The next number in the waiting list's order of arrival. */
  int nextInQueue() {
    return ++queueCounter;
  }

  /** Most characters a cancellation's reason has. */
  public static final int MAX_CANCEL_REASON = 500;

  /**
   * Kept as the reason of a session cancelled for want of participants at its enrolment deadline: a
   * code, not a text, which {@link #cancellation} turns into a key.
   */
  static final String FOR_WANT_OF_PARTICIPANTS = "[too-few-participants]";

  /** Cancelled by its organisers, with their words, or none (null): no text is made up for them. */
  void cancel(String reason) {
    cancelWith(reason == null || reason.isBlank() ? null : reason);
  }

  /** Cancelled at its enrolment deadline, with fewer participants than its training's minimum. */
  void cancelForWantOfParticipants() {
    cancelWith(FOR_WANT_OF_PARTICIPANTS);
  }

  private void cancelWith(String reason) {
    if (status == SessionStatus.CANCELLED) {
      throw DomainException.conflict("session-cancelled", "problem.session-cancelled.already");
    }
    status = SessionStatus.CANCELLED;
    cancelReason = reason;
    enrolmentClosed = true;
  }

  void closeEnrolment() {
    enrolmentClosed = true;
  }

  public boolean isCancelled() {
    return status == SessionStatus.CANCELLED;
  }

  public boolean isOver(Instant now) {
    return !endsAt.isAfter(now);
  }

  public String id() {
    return id;
  }

  public String trainingId() {
    return trainingId;
  }

  public String artisanId() {
    return artisanId;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String knowHowId() {
    return knowHowId;
  }

  public String title() {
    return title;
  }

  public String roomId() {
    return roomId;
  }

  public Set<String> machineIds() {
    return Set.copyOf(machineIds);
  }

  public List<Slot> slots() {
    return List.copyOf(slots);
  }

  public List<TimeRange> times() {
    return slots.stream().map(Slot::time).toList();
  }

  public int seats() {
    return seats;
  }

  public int confirmedCount() {
    return confirmedCount;
  }

  public int seatsLeft() {
    return seats - confirmedCount;
  }

  public Instant enrolmentDeadline() {
    return enrolmentDeadline;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public SessionStatus status() {
    return status;
  }

  /**
   * The words its organisers gave when they cancelled the session, or null (none given, cancelled
   * for want of participants, or not cancelled): see {@link #cancellation} for what to show.
   */
  public String cancelReason() {
    return FOR_WANT_OF_PARTICIPANTS.equals(cancelReason) ? null : cancelReason;
  }

  /** True if the session was cancelled at its enrolment deadline for want of participants. */
  public boolean cancelledForWantOfParticipants() {
    return isCancelled() && FOR_WANT_OF_PARTICIPANTS.equals(cancelReason);
  }

  /**
   * Why the session was cancelled, to be written in the reader's language: the words its organisers
   * gave ({@code session.cancel-reason.words}), else {@code session.cancel-reason.organisers}, or
   * {@code session.cancel-reason.too-few} with the training's minimum of participants; null if the
   * session is not cancelled.
   */
  public Message cancellation(int minParticipants) {
    if (!isCancelled()) {
      return null;
    }
    if (FOR_WANT_OF_PARTICIPANTS.equals(cancelReason)) {
      return Message.of("session.cancel-reason.too-few", minParticipants);
    }
    return cancelReason == null || cancelReason.isBlank()
        ? Message.of("session.cancel-reason.organisers")
        : Message.of("session.cancel-reason.words", cancelReason);
  }

  public boolean enrolmentClosed() {
    return enrolmentClosed;
  }

  public GeoPoint place() {
    return latitude == null ? null : new GeoPoint(latitude, longitude);
  }

  public long version() {
    return version;
  }
}
