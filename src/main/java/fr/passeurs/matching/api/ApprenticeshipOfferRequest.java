package fr.passeurs.matching.api;

import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.ApprenticeshipTerms;
import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Input;
import java.time.LocalDate;
import java.util.List;

/**
 * An apprenticeship offer as its master writes it; {@code requiredLevel} NOVICE, BEGINNER,
 * INTERMEDIATE or ADVANCED; {@code milestones} the transmission plan, in order; {@code version} to
 * detect a concurrent change when revising.
 */
public record ApprenticeshipOfferRequest(
    @TextSize(max = 36) String knowHowId,
    @TextSize(max = 200) String title,
    @TextSize(max = 4000) @MultiLine String description,
    Integer places,
    LocalDate startDate,
    Integer durationMonths,
    Integer daysPerWeek,
    @TextSize(max = 32) String requiredLevel,
    Integer minimumAge,
    List<@TextSize(max = 300) String> milestones,
    Long version) {

  /** The most milestones a plan has. */
  public static final int MAX_MILESTONES = ApprenticeshipOffer.MAX_MILESTONES;

  ApprenticeshipTerms toTerms() {
    Input input = new Input();
    input.check(!Input.isBlank(knowHowId), "knowHowId", "invalid.required");
    input.check(places != null, "places", "invalid.required");
    input.check(durationMonths != null, "durationMonths", "invalid.required");
    input.check(daysPerWeek != null, "daysPerWeek", "invalid.required");
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
        input.reject(problem);
      }
    }
    input.throwIfInvalid();
    return terms;
  }
}
