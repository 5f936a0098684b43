package fr.passeurs.training.api;

import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.training.TrainingDetails;
import fr.passeurs.training.TrainingLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;

/** A training as its artisan writes it; {@code version} on an update guards concurrent edits. */
public record TrainingRequest(
    @NotBlank @TextSize(max = 36) String knowHowId,
    @NotBlank @Size(min = 3, max = 200) String title,
    @Size(max = 4000) @MultiLine String objectives,
    @NotBlank @TextSize(max = 32) String level,
    @NotNull @Min(1) @Max(1000) Integer durationHours,
    @NotNull @Min(1) @Max(100) Integer minParticipants,
    @NotNull @Min(1) @Max(100) Integer maxParticipants,
    @Min(0) @Max(99) Integer minimumAge,
    @NotNull @Min(0) @Max(TrainingRequest.MAX_PRICE_CENTS) Integer priceCents,
    @Size(max = 20) List<@TextSize(max = 36) String> prerequisiteIds,
    @Min(0) @Max(100) Integer minAttendancePercent,
    @Size(max = 20) List<@TextSize(max = 36) String> qualifiesFor,
    Long version) {

  /** The highest price of a training, in cents (100,000 euros). */
  public static final int MAX_PRICE_CENTS = 10_000_000;

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public TrainingRequest(
      String knowHowId,
      String title,
      String objectives,
      String level,
      Integer durationHours,
      Integer minParticipants,
      Integer maxParticipants,
      Integer minimumAge,
      Integer priceCents,
      List<String> prerequisiteIds,
      Integer minAttendancePercent,
      List<String> qualifiesFor,
      Long version) {
    this.knowHowId = knowHowId;
    this.title = title;
    this.objectives = objectives;
    this.level = level;
    this.durationHours = durationHours;
    this.minParticipants = minParticipants;
    this.maxParticipants = maxParticipants;
    this.minimumAge = minimumAge;
    this.priceCents = priceCents;
    this.prerequisiteIds = prerequisiteIds;
    this.minAttendancePercent = minAttendancePercent;
    this.qualifiesFor = qualifiesFor;
    this.version = version;
  }

  TrainingDetails toDetails() {
    Input input = new Input();
    TrainingLevel parsed = input.enumValue("level", level, TrainingLevel.class);
    input.check(
        minParticipants == null || maxParticipants == null || minParticipants <= maxParticipants,
        "maxParticipants",
        "invalid.training.max-below-min");
    input.throwIfInvalid();
    return new TrainingDetails(
        knowHowId.trim(),
        title,
        objectives,
        parsed,
        durationHours,
        minParticipants,
        maxParticipants,
        minimumAge,
        priceCents,
        prerequisiteIds == null ? null : new LinkedHashSet<>(prerequisiteIds),
        minAttendancePercent == null
            ? TrainingDetails.DEFAULT_MIN_ATTENDANCE_PERCENT
            : minAttendancePercent,
        qualifiesFor == null ? null : new LinkedHashSet<>(qualifiesFor));
  }
}
