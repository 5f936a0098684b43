package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.Authorisation;
import fr.passeurs.machinepark.MachineRules;
import fr.passeurs.machinepark.Outage;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The machine park in the API and the pages: what is read and what is asked. */
public final class MachineParkViews {

  private MachineParkViews() {}

  /**
   * A machine's booking rules, read or written whole. Lengths in minutes, the weekly quota in hours
   * per person (Monday to Sunday, Paris time), the horizon in days, the free-cancellation limit in
   * hours before the start, the hourly rate in cents (may be zero).
   */
  public record RulesView(
      Boolean bookable,
      Integer slotMinutes,
      Integer minMinutes,
      Integer maxMinutes,
      Integer weeklyHours,
      Integer horizonDays,
      Integer freeCancelHours,
      Integer hourlyRateCents) {

    public static RulesView of(MachineRules rules) {
      return new RulesView(
          rules.bookable(),
          rules.slotMinutes(),
          rules.minMinutes(),
          rules.maxMinutes(),
          rules.weeklyHours(),
          rules.horizonDays(),
          rules.freeCancelHours(),
          rules.hourlyRateCents());
    }

    /** The rules asked for; every field is required. */
    public MachineRules toRules() {
      List<FieldError> missing = new ArrayList<>();
      require(missing, "bookable", bookable);
      require(missing, "slotMinutes", slotMinutes);
      require(missing, "minMinutes", minMinutes);
      require(missing, "maxMinutes", maxMinutes);
      require(missing, "weeklyHours", weeklyHours);
      require(missing, "horizonDays", horizonDays);
      require(missing, "freeCancelHours", freeCancelHours);
      require(missing, "hourlyRateCents", hourlyRateCents);
      if (!missing.isEmpty()) {
        throw DomainException.invalid(missing);
      }
      return new MachineRules(
          bookable,
          slotMinutes,
          minMinutes,
          maxMinutes,
          weeklyHours,
          horizonDays,
          freeCancelHours,
          hourlyRateCents);
    }
  }

  /** A manager authorises a person on a machine, for a reason, until a day if given. */
  public record GrantRequest(
      @TextSize(max = 36) String accountId,
      @TextSize(max = Authorisation.MAX_REASON) String reason,
      LocalDate expiresOn) {}

  /** Why an authorisation is revoked. */
  public record AuthorisationRevocation(@TextSize(max = Authorisation.MAX_REASON) String reason) {}

  /** A booking asked for: a machine, from when to when; a manager may book for someone. */
  public record MachineBookingRequest(
      @TextSize(max = 36) String machineId,
      Instant start,
      Instant end,
      @TextSize(max = 36) String forAccountId) {

    /** The time asked for, or the fields that are missing or out of order. */
    public TimeRange time() {
      List<FieldError> errors = new ArrayList<>();
      require(errors, "machineId", machineId == null || machineId.isBlank() ? null : machineId);
      return range(errors, "start", start, "end", end, "invalid.slot.start-before-end");
    }
  }

  /** A person's authorisation on a machine. */
  public record AuthorisationView(
      String id,
      String machineId,
      String machine,
      String manufactureId,
      String accountId,
      String person,
      String grantedBy,
      Instant grantedAt,
      String reason,
      LocalDate expiresOn,
      String certificateId,
      Instant revokedAt,
      String revocationReason,
      boolean revokedWithCertificate,
      boolean valid) {}

  /** A booking of a machine. */
  public record MachineBookingView(
      String id,
      String machineId,
      String machine,
      String manufactureId,
      String accountId,
      String person,
      Instant start,
      Instant end,
      String status,
      Instant freeCancelUntil,
      boolean cancelledLate,
      boolean countsAsUsed,
      int rateCents) {}

  /** A manager declares a machine out of order or in maintenance, from when to when, and why. */
  public record OutageRequest(
      @TextSize(max = 20) String kind,
      Instant start,
      Instant end,
      @TextSize(max = Outage.MAX_REASON) String reason) {

    /** The time asked for, or the fields that are missing or out of order. */
    public TimeRange time() {
      return range(new ArrayList<>(), "start", start, "end", end, "invalid.slot.start-before-end");
    }

    /** The kind asked for: OUT_OF_ORDER or MAINTENANCE. */
    public Outage.Kind outageKind() {
      if (kind == null || kind.isBlank()) {
        throw DomainException.invalid("kind", "invalid.required");
      }
      try {
        return Outage.Kind.valueOf(kind.strip());
      } catch (IllegalArgumentException e) {
        throw DomainException.invalid("kind", "invalid.one-of", "OUT_OF_ORDER, MAINTENANCE");
      }
    }
  }

  /** A period a machine is out of service. */
  public record OutageView(
      String id,
      String machineId,
      String kind,
      Instant start,
      Instant end,
      String reason,
      Instant liftedAt) {

    public static OutageView of(Outage outage) {
      return new OutageView(
          outage.id(),
          outage.machineId(),
          outage.kind().name(),
          outage.time().start(),
          outage.time().end(),
          outage.reason(),
          outage.liftedAt());
    }
  }

  /** What one person used of one machine in the month. */
  public record UsageLineView(
      String accountId,
      String person,
      String machineId,
      String machine,
      int bookings,
      int noShows,
      int lateCancellations,
      long minutes,
      long amountCents) {}

  /** The usage statement of a manufacture's machines for a month (YYYY-MM), with its totals. */
  public record UsageView(
      String month,
      String manufactureId,
      List<UsageLineView> lines,
      long totalMinutes,
      long totalCents) {}

  /** A wish to be told when a machine frees up between two instants. */
  public record WatchRequest(Instant from, Instant to) {

    /** The window asked for, or the fields that are missing or out of order. */
    public TimeRange window() {
      return range(new ArrayList<>(), "from", from, "to", to, "invalid.window.to-after-from");
    }
  }

  /** A wish to be told when a machine frees up; {@code notifiedAt} once it has told. */
  public record WatchView(
      String id, String machineId, Instant from, Instant to, Instant notifiedAt) {}

  /** A stretch of time in which the machine may be booked. */
  public record Window(Instant start, Instant end) {}

  /** A machine's free windows. */
  public record AvailabilityView(List<Window> windows) {}

  /**
   * The time between two instants given as fields: each is required and the second after the first
   * ({@code order} the refusal on the second), refused with these and the errors found before.
   */
  private static TimeRange range(
      List<FieldError> errors,
      String firstField,
      Instant first,
      String secondField,
      Instant second,
      String order) {
    require(errors, firstField, first);
    require(errors, secondField, second);
    if (first != null && second != null && !first.isBefore(second)) {
      errors.add(new FieldError(secondField, order));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return new TimeRange(first, second);
  }

  private static void require(List<FieldError> errors, String field, Object value) {
    if (value == null) {
      errors.add(new FieldError(field, "invalid.required"));
    }
  }
}
