package fr.passeurs.visit.api;

import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.OfferDetails;
import fr.passeurs.visit.OfferPeriod;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitFormat;
import fr.passeurs.visit.VisitOffer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit offer as its author writes it. Enumerations by name: format GUIDED_VISIT, DEMONSTRATION
 * or HANDS_ON_WORKSHOP; levels PRIMARY_CYCLE_1..3, COLLEGE, LYCEE, VOCATIONAL; accessibility MOTOR,
 * VISUAL, HEARING, COGNITIVE; weekdays MONDAY..SUNDAY. {@code artisanId}: the host, when a manager
 * publishes.
 */
public record VisitOfferRequest(
    @TextSize(max = 36) String knowHowId,
    @TextSize(max = 36) String artisanId,
    @TextSize(max = 36) String roomId,
    @TextSize(max = 200) String title,
    @TextSize(max = 4000) @MultiLine String description,
    @TextSize(max = 32) String format,
    List<@TextSize(max = 32) String> levels,
    Integer durationMinutes,
    Integer minPupils,
    Integer maxPupils,
    List<@TextSize(max = 32) String> accessibility,
    Integer minimumAge,
    @TextSize(max = 2000) @MultiLine String safetyRules,
    @TextSize(max = 500) String protectiveEquipment,
    List<PeriodRequest> periods,
    List<@TextSize(max = 32) String> weekdays) {

  /** First and last day, included. */
  public record PeriodRequest(LocalDate from, LocalDate to) {}

  OfferDetails toDetails() {
    Input input = new Input();
    input.check(!Input.isBlank(knowHowId), "knowHowId", "invalid.required");
    input.check(!Input.isBlank(roomId), "roomId", "invalid.required");
    input.check(durationMinutes != null, "durationMinutes", "invalid.required");
    input.check(minPupils != null, "minPupils", "invalid.required");
    input.check(maxPupils != null, "maxPupils", "invalid.required");
    VisitFormat parsedFormat = input.enumValue("format", format, VisitFormat.class);
    input.check(parsedFormat != null || !Input.isBlank(format), "format", "invalid.required");
    OfferDetails details =
        new OfferDetails(
            knowHowId,
            Input.isBlank(artisanId) ? null : artisanId,
            roomId,
            title,
            description,
            parsedFormat,
            input.enumValues("levels", levels, SchoolLevel.class),
            durationMinutes == null ? 0 : durationMinutes,
            minPupils == null ? 0 : minPupils,
            maxPupils == null ? 0 : maxPupils,
            input.enumValues("accessibility", accessibility, AccessibilityNeed.class),
            minimumAge,
            safetyRules,
            protectiveEquipment,
            periods == null
                ? List.of()
                : periods.stream()
                    .map(
                        p ->
                            p == null
                                ? new OfferPeriod(null, null)
                                : new OfferPeriod(p.from(), p.to()))
                    .toList(),
            input.enumValues("weekdays", weekdays, DayOfWeek.class));
    if (input.hasErrors()) {
      // the offer's own rules too, so that a form shows every mistake at once
      for (FieldError problem : VisitOffer.problemsWith(details)) {
        if (!input.rejected(problem.field())) {
          input.reject(problem);
        }
      }
    }
    input.throwIfInvalid();
    return details;
  }
}
