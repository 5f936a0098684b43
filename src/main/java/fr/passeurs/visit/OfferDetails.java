package fr.passeurs.visit;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * What a visit offer says, as its author writes it. {@code artisanId} names the host when a manager
 * publishes; an artisan publishing hosts it themselves.
 */
public record OfferDetails(
    String knowHowId,
    String artisanId,
    String roomId,
    String title,
    String description,
    VisitFormat format,
    Set<SchoolLevel> levels,
    int durationMinutes,
    int minPupils,
    int maxPupils,
    Set<AccessibilityNeed> accessibility,
    Integer minimumAge,
    String safetyRules,
    String protectiveEquipment,
    List<OfferPeriod> periods,
    Set<DayOfWeek> weekdays) {

  public OfferDetails {
    levels = levels == null ? Set.of() : Set.copyOf(levels);
    accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
    periods = periods == null ? List.of() : List.copyOf(periods);
    weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
  }
}
