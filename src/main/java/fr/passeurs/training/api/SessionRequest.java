package fr.passeurs.training.api;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.training.SessionPlan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A session as its artisan plans it: a room, machines, one or several half-days (instants, on the
 * quarter hour), seats, an enrolment deadline.
 */
public record SessionRequest(
    @NotBlank @TextSize(max = 36) String roomId,
    @Size(max = 20) List<@TextSize(max = 36) String> machineIds,
    @NotNull @Size(min = 1, max = 20) List<SlotRequest> slots,
    @NotNull @Min(1) @Max(100) Integer seats,
    @NotNull Instant enrolmentDeadline) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public SessionRequest(
      String roomId,
      List<String> machineIds,
      List<SlotRequest> slots,
      Integer seats,
      Instant enrolmentDeadline) {
    this.roomId = roomId;
    this.machineIds = machineIds;
    this.slots = slots;
    this.seats = seats;
    this.enrolmentDeadline = enrolmentDeadline;
  }

  /** One half-day. */
  public record SlotRequest(Instant start, Instant end) {}

  SessionPlan toPlan() {
    List<TimeRange> times = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      SlotRequest slot = slots.get(i);
      if (slot == null
          || slot.start() == null
          || slot.end() == null
          || !slot.start().isBefore(slot.end())) {
        errors.add(new FieldError("slots[" + i + "]", "invalid.slot.start-before-end"));
      } else {
        times.add(new TimeRange(slot.start(), slot.end()));
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return new SessionPlan(
        roomId,
        machineIds == null ? null : new LinkedHashSet<>(machineIds),
        times,
        seats,
        enrolmentDeadline);
  }
}
