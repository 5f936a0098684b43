package fr.passeurs.attendance;

/** A participant's attendance of a half-day, as the trainer records it. */
public enum AttendanceStatus {
  PRESENT,
  /** Came late: the minutes missed are not counted as attended. */
  LATE,
  /** Absent with a reason the trainer accepts. */
  EXCUSED,
  ABSENT
}
