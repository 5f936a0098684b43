package fr.passeurs.attendance;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of a register: a participant's attendance of one half-day, who entered it, when and from
 * where. Never changed: a correction is a new entry with the next number, which supersedes this
 * one; the history stays readable.
 */
@Entity
@Table(name = "attendance_entry")
public class AttendanceEntry {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "slot")
  private int slot;

  @Column(name = "participant_id")
  private String participantId;

  @Column(name = "seq")
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private AttendanceStatus status;

  @Column(name = "late_minutes")
  private Integer lateMinutes;

  @Column(name = "remark")
  private String remark;

  @Column(name = "entered_by")
  private String enteredBy;

  @Column(name = "entered_at")
  private Instant enteredAt;

  @Column(name = "entered_from")
  private String enteredFrom;

  protected AttendanceEntry() {}

  AttendanceEntry(
      String sessionId,
      int slot,
      String participantId,
      int seq,
      AttendanceStatus status,
      Integer lateMinutes,
      String remark,
      String enteredBy,
      Instant enteredAt,
      String enteredFrom) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.slot = slot;
    this.participantId = participantId;
    this.seq = seq;
    this.status = status;
    this.lateMinutes = status == AttendanceStatus.LATE ? lateMinutes : null;
    this.remark = remark == null ? "" : remark.trim();
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
    this.enteredFrom = enteredFrom == null ? "" : enteredFrom;
  }

  /** The time attended of a half-day of this length: all of it, less the minutes late, or none. */
  public Duration attended(Duration halfDay) {
    return switch (status) {
      case PRESENT -> halfDay;
      case LATE -> {
        Duration attended = halfDay.minusMinutes(lateMinutes);
        yield attended.isNegative() ? Duration.ZERO : attended;
      }
      case EXCUSED, ABSENT -> Duration.ZERO;
    };
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public int slot() {
    return slot;
  }

  public String participantId() {
    return participantId;
  }

  public int seq() {
    return seq;
  }

  public AttendanceStatus status() {
    return status;
  }

  public Integer lateMinutes() {
    return lateMinutes;
  }

  public String remark() {
    return remark;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  public String enteredFrom() {
    return enteredFrom;
  }
}
