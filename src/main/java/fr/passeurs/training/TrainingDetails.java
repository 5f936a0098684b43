package fr.passeurs.training;

import java.util.Set;

/** What an artisan writes about a training. */
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
    Set<String> prerequisiteIds) {

  public TrainingDetails {
    prerequisiteIds = prerequisiteIds == null ? Set.of() : Set.copyOf(prerequisiteIds);
  }
}
