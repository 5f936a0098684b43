package fr.passeurs.training;

import java.util.Set;

/**
 * What an artisan writes about a training; {@code minAttendancePercent} is the share of the planned
 * hours that earns a certificate of completion (80 % unless said otherwise).
 */
public record TrainingDetails(
    String knowHowId,
    String title,
    String objectives,
    TrainingLevel level,
    int durationHours,
    int minParticipants,
    int maxParticipants,
    Integer minimumAge,
    int priceCents,
    Set<String> prerequisiteIds,
    int minAttendancePercent) {

  /** The minimum attendance of a certificate of completion when none is given. */
  public static final int DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

  public TrainingDetails {
    prerequisiteIds = prerequisiteIds == null ? Set.of() : Set.copyOf(prerequisiteIds);
  }

  /** A training with the default minimum attendance. */
  public TrainingDetails(
      String knowHowId,
      String title,
      String objectives,
      TrainingLevel level,
      int durationHours,
      int minParticipants,
      int maxParticipants,
      Integer minimumAge,
      int priceCents,
      Set<String> prerequisiteIds) {
    this(
        knowHowId,
        title,
        objectives,
        level,
        durationHours,
        minParticipants,
        maxParticipants,
        minimumAge,
        priceCents,
        prerequisiteIds,
        DEFAULT_MIN_ATTENDANCE_PERCENT);
  }
}
