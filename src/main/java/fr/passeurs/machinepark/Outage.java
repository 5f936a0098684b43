package fr.passeurs.machinepark;

import fr.passeurs.platform.Ids;
import fr.passeurs.platform.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A period a machine is out of order or in maintenance, as a manager declared it. While it holds,
 * its time is taken in the one calendar: nothing else may book the machine then.
 */
@Entity
@Table(name = "machine_outage")
public class Outage {

  public static final int MAX_REASON = 500;

  /** Why the machine is stopped. */
  public enum Kind {
    OUT_OF_ORDER,
    MAINTENANCE
  }

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "machine_id")
  private String machineId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private Kind kind;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "reason")
  private String reason;

  @Column(name = "declared_by")
  private String declaredBy;

  @Column(name = "declared_at")
  private Instant declaredAt;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  protected Outage() {}

  Outage(
      String machineId,
      String manufactureId,
      Kind kind,
      TimeRange time,
      String reason,
      String declaredBy,
      Instant now) {
    this.id = Ids.newId();
    this.machineId = machineId;
    this.manufactureId = manufactureId;
    this.kind = kind;
    this.startsAt = time.start();
    this.endsAt = time.end();
    this.reason = reason;
    this.declaredBy = declaredBy;
    this.declaredAt = now;
  }

  /** The machine is back in service: the period no longer holds. */
  void lift(Instant now) {
    this.liftedAt = now;
  }

  public boolean isLifted() {
    return liftedAt != null;
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

  public Kind kind() {
    return kind;
  }

  public TimeRange time() {
    return new TimeRange(startsAt, endsAt);
  }

  public String reason() {
    return reason;
  }

  public Instant liftedAt() {
    return liftedAt;
  }
}
