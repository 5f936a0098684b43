package fr.passeurs.machinepark;

import fr.passeurs.platform.Ids;
import fr.passeurs.platform.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's wish to be told when a machine frees up within a window. The first cancellation that
 * frees part of the window tells them, and the watch is done: the time is offered, not held.
 */
@Entity
@Table(name = "machine_watch")
public class Watch {

  /** The longest window one watch covers. */
  public static final int MAX_DAYS = 14;

  /** The most watches a person keeps waiting at once. */
  public static final int MAX_WAITING = 20;

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

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  protected Watch() {}

  Watch(String machineId, String manufactureId, String accountId, TimeRange window, Instant now) {
    this.id = Ids.newId();
    this.machineId = machineId;
    this.manufactureId = manufactureId;
    this.accountId = accountId;
    this.startsAt = window.start();
    this.endsAt = window.end();
    this.createdAt = now;
  }

  void notified(Instant now) {
    this.notifiedAt = now;
  }

  public String id() {
    return id;
  }

  public String machineId() {
    return machineId;
  }

  public String accountId() {
    return accountId;
  }

  public TimeRange window() {
    return new TimeRange(startsAt, endsAt);
  }

  public Instant notifiedAt() {
    return notifiedAt;
  }
}
