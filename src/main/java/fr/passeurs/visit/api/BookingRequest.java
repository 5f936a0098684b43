package fr.passeurs.visit.api;

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
    String offerId,
    String school,
    String level,
    Integer pupils,
    Integer adults,
    List<String> accessibilityNeeds,
    String comment,
    List<Instant> times) {

  VisitBooking.Request toRequest() {
    Input input = new Input();
    input.check(!Input.isBlank(offerId), "offerId", "is required");
    input.check(!Input.isBlank(school), "school", "the UAI of your school is required");
    SchoolLevel parsed = input.enumValue("level", level, SchoolLevel.class);
    input.check(parsed != null || !Input.isBlank(level), "level", "is required");
    input.check(pupils != null, "pupils", "is required");
    input.check(adults != null, "adults", "is required");
    input.check(times != null && !times.isEmpty(), "times", "give at least one wished start");
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
