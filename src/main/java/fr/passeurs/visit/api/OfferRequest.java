package fr.passeurs.visit.api;

import fr.passeurs.platform.FieldError;
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
public record OfferRequest(
    String knowHowId,
    String artisanId,
    String roomId,
    String title,
    String description,
    String format,
    List<String> levels,
    Integer durationMinutes,
    Integer minPupils,
    Integer maxPupils,
    List<String> accessibility,
    Integer minimumAge,
    String safetyRules,
    String protectiveEquipment,
    List<PeriodRequest> periods,
    List<String> weekdays) {

  /** First and last day, included. */
  public record PeriodRequest(LocalDate from, LocalDate to) {}

  OfferDetails toDetails() {
    Input input = new Input();
    input.check(!Input.isBlank(knowHowId), "knowHowId", "is required");
    input.check(!Input.isBlank(roomId), "roomId", "is required");
    input.check(durationMinutes != null, "durationMinutes", "is required");
    input.check(minPupils != null, "minPupils", "is required");
    input.check(maxPupils != null, "maxPupils", "is required");
    VisitFormat parsedFormat = input.enumValue("format", format, VisitFormat.class);
    input.check(parsedFormat != null || !Input.isBlank(format), "format", "is required");
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
          input.reject(problem.field(), problem.message());
        }
      }
    }
    input.throwIfInvalid();
    return details;
  }
}
