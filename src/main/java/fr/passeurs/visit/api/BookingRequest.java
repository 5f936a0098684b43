package fr.passeurs.visit.api;

import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitBooking;
import java.time.Instant;
import java.util.List;

/**
 * A teacher's request: the offer, their school's UAI, the class (level, pupils, accompanying
 * adults, accessibility needs), a comment, and one to three wished starts (instants on the quarter
 * hour; the first is the first choice).
 */
public record BookingRequest(
    @TextSize(max = 36) String offerId,
    @TextSize(max = 20) String school,
    @TextSize(max = 32) String level,
    Integer pupils,
    Integer adults,
    List<@TextSize(max = 32) String> accessibilityNeeds,
    @TextSize(max = 2000) @MultiLine String comment,
    List<Instant> times) {

  VisitBooking.Request toRequest() {
    Input input = new Input();
    input.check(!Input.isBlank(offerId), "offerId", "invalid.required");
    input.check(!Input.isBlank(school), "school", "invalid.visit.uai-required");
    SchoolLevel parsed = input.enumValue("level", level, SchoolLevel.class);
    input.check(parsed != null || !Input.isBlank(level), "level", "invalid.required");
    input.check(pupils != null, "pupils", "invalid.required");
    input.check(adults != null, "adults", "invalid.required");
    input.check(times != null && !times.isEmpty(), "times", "invalid.visit.wished-times");
    VisitBooking.Request request =
        new VisitBooking.Request(
            parsed,
            pupils == null ? 0 : pupils,
            adults == null ? 0 : adults,
            input.enumValues("accessibilityNeeds", accessibilityNeeds, AccessibilityNeed.class),
            comment,
            times == null ? List.of() : times.stream().toList());
    input.throwIfInvalid();
    return request;
  }
}
