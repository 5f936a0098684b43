package fr.passeurs.training;

import java.util.Set;

/**
 * What an artisan writes about a training; {@code minAttendancePercent} is the share of the planned
 * hours that earns a certificate of completion (80 % unless said otherwise); {@code
 * qualifyingMachineIds} the machines of its manufacture that certificate authorises its holder on.
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
    int minAttendancePercent,
    Set<String> qualifyingMachineIds) {

  /** The minimum attendance of a certificate of completion when none is given. */
  public static final int DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

  public TrainingDetails {
    prerequisiteIds = prerequisiteIds == null ? Set.of() : Set.copyOf(prerequisiteIds);
    qualifyingMachineIds =
        qualifyingMachineIds == null ? Set.of() : Set.copyOf(qualifyingMachineIds);
  }

  /** A training that qualifies for no machine. */
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
      Set<String> prerequisiteIds,
      int minAttendancePercent) {
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
        minAttendancePercent,
        Set.of());
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
