package fr.passeurs.matching;

import fr.passeurs.matching.core.ApprenticeLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * What a master offers: the know-how, how many apprentices, from when, for how long, how many days
 * a week, what they must already be (level, age), and what they will learn, milestone by milestone.
 */
public record ApprenticeshipTerms(
    String knowHowId,
    String title,
    String description,
    int places,
    LocalDate startDate,
    int durationMonths,
    int daysPerWeek,
    ApprenticeLevel requiredLevel,
    Integer minimumAge,
    List<String> milestones) {

  public ApprenticeshipTerms {
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }
}
