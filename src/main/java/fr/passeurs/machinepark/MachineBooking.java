package fr.passeurs.machinepark;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's booking of a machine for a time. While booked, its time is held in the one calendar.
 * It keeps the rate and the free-cancellation limit of the rules it was made under, so that a later
 * change of the rules does not rewrite what was agreed.
 */
@Entity
@Table(name = "machine_booking")
public class MachineBooking {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "machine_id")
  private String machineId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "account_id")
  private String accountId;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private BookingStatus status;

  @Column(name = "booked_by")
  private String bookedBy;

  @Column(name = "rate_cents")
  private int rateCents;

  @Column(name = "free_cancel_until")
  private Instant freeCancelUntil;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancelled_late")
  private boolean cancelledLate;

  @Version
  @Column(name = "version")
  private long version;

  protected MachineBooking() {}

  MachineBooking(
      String machineId,
      String manufactureId,
      String accountId,
      TimeRange time,
      String bookedBy,
      MachineRules rules,
      Instant now) {
    this.id = Ids.newId();
    this.machineId = machineId;
    this.manufactureId = manufactureId;
    this.accountId = accountId;
    this.startsAt = time.start();
    this.endsAt = time.end();
    this.status = BookingStatus.BOOKED;
    this.bookedBy = bookedBy;
    this.rateCents = rules.hourlyRateCents();
    this.freeCancelUntil = rules.freeCancelUntil(time.start(), now);
    this.createdAt = now;
  }

  /**
   * Cancels it: by its holder before it starts, by a manager until it ends. After the free limit
   * the cancellation is late, and the booking counts as used.
   */
  void cancel(String by, boolean byManager, Instant now) {
    if (status != BookingStatus.BOOKED) {
      throw DomainException.conflict("booking-not-open", "problem.machine-booking.not-open");
    }
    if (!now.isBefore(byManager ? endsAt : startsAt)) {
      throw DomainException.conflict("booking-started", "problem.machine-booking.started");
    }
    this.status = BookingStatus.CANCELLED;
    this.cancelledAt = now;
    this.cancelledBy = by;
    this.cancelledLate = now.isAfter(freeCancelUntil);
  }

  /**
   * Cancels it for a reason that is not its holder's (an outage of the machine, an authorisation
   * revoked): never counted, whenever it happens before its end.
   */
  void cancelUncounted(String by, Instant now) {
    cancel(by, true, now);
    this.cancelledLate = false;
  }

  /** The person did not come (a manager says so, once it has started): counted as used. */
  void markNoShow(Instant now) {
    if (status != BookingStatus.BOOKED) {
      throw DomainException.conflict("booking-not-open", "problem.machine-booking.not-open");
    }
    if (now.isBefore(startsAt)) {
      throw DomainException.conflict("booking-not-started", "problem.machine-booking.not-started");
    }
    this.status = BookingStatus.NO_SHOW;
  }

  /** A manager lets it go: it no longer counts as used. */
  void waive() {
    if (status == BookingStatus.WAIVED) {
      return;
    }
    this.status = BookingStatus.WAIVED;
    this.cancelledLate = false;
  }

  /** Whether it counts in the usage statements: held, missed, or cancelled too late. */
  public boolean countsAsUsed() {
    return status == BookingStatus.BOOKED
        || status == BookingStatus.NO_SHOW
        || (status == BookingStatus.CANCELLED && cancelledLate);
  }

  public String id() {
    return id;
  }

  public String machineId() {
    return machineId;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String accountId() {
    return accountId;
  }

  public TimeRange time() {
    return new TimeRange(startsAt, endsAt);
  }

  public BookingStatus status() {
    return status;
  }

  public String bookedBy() {
    return bookedBy;
  }

  public int rateCents() {
    return rateCents;
  }

  public Instant freeCancelUntil() {
    return freeCancelUntil;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public boolean cancelledLate() {
    return cancelledLate;
  }
}
