package fr.passeurs.matching.api;

import fr.passeurs.matching.ApprenticeLevel;
import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.ApprenticeshipTerms;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.rest.Input;
import java.time.LocalDate;
import java.util.List;

/**
 * An apprenticeship offer as its master writes it; {@code requiredLevel} NOVICE, BEGINNER,
 * INTERMEDIATE or ADVANCED; {@code milestones} the transmission plan, in order; {@code version} to
 * detect a concurrent change when revising.
 */
public record OfferRequest(
    String knowHowId,
    String title,
    String description,
    Integer places,
    LocalDate startDate,
    Integer durationMonths,
    Integer daysPerWeek,
    String requiredLevel,
    Integer minimumAge,
    List<String> milestones,
    Long version) {

  ApprenticeshipTerms toTerms() {
    Input input = new Input();
    input.check(!Input.isBlank(knowHowId), "knowHowId", "is required");
    input.check(places != null, "places", "is required");
    input.check(durationMonths != null, "durationMonths", "is required");
    input.check(daysPerWeek != null, "daysPerWeek", "is required");
    ApprenticeLevel level = input.enumValue("requiredLevel", requiredLevel, ApprenticeLevel.class);
    ApprenticeshipTerms terms =
        new ApprenticeshipTerms(
            knowHowId,
            title,
            description,
            places == null ? 0 : places,
            startDate,
            durationMonths == null ? 0 : durationMonths,
            daysPerWeek == null ? 0 : daysPerWeek,
            level,
            minimumAge,
            milestones == null
                ? List.of()
                : milestones.stream().map(m -> m == null ? "" : m).toList());
    for (FieldError problem : ApprenticeshipOffer.problemsWith(terms)) {
      if (!input.rejected(problem.field())) {
        input.reject(problem.field(), problem.message());
      }
    }
    input.throwIfInvalid();
    return terms;
  }
}
