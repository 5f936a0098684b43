package fr.passeurs.machinepark;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The booking rules of one machine as stored. Its row is also what a booking locks first, so that
 * two bookings of one machine check the weekly quota one after the other.
 */
@Entity
@Table(name = "machine_booking_rules")
public class RulesRow {

  @Id
  @Column(name = "machine_id")
  private String machineId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "bookable")
  private boolean bookable;

  @Column(name = "slot_minutes")
  private int slotMinutes;

  @Column(name = "min_minutes")
  private int minMinutes;

  @Column(name = "max_minutes")
  private int maxMinutes;

  @Column(name = "weekly_hours")
  private int weeklyHours;

  @Column(name = "horizon_days")
  private int horizonDays;

  @Column(name = "free_cancel_hours")
  private int freeCancelHours;

  @Column(name = "hourly_rate_cents")
  private int hourlyRateCents;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version
  @Column(name = "version")
  private long version;

  protected RulesRow() {}

  RulesRow(String machineId, String manufactureId) {
    this.machineId = machineId;
    this.manufactureId = manufactureId;
  }

  void set(MachineRules rules, String by, Instant now) {
    this.bookable = rules.bookable();
    this.slotMinutes = rules.slotMinutes();
    this.minMinutes = rules.minMinutes();
    this.maxMinutes = rules.maxMinutes();
    this.weeklyHours = rules.weeklyHours();
    this.horizonDays = rules.horizonDays();
    this.freeCancelHours = rules.freeCancelHours();
    this.hourlyRateCents = rules.hourlyRateCents();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public MachineRules rules() {
    return new MachineRules(
        bookable,
        slotMinutes,
        minMinutes,
        maxMinutes,
        weeklyHours,
        horizonDays,
        freeCancelHours,
        hourlyRateCents);
  }

  public String machineId() {
    return machineId;
  }
}
