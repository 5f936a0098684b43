package fr.passeurs.machinepark;

import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How one machine may be booked, as its manufacture's managers set it: whether at all, on which
 * step of the clock, how short and how long one booking, how many hours one person may hold on it
 * in a calendar week (Monday to Sunday, Paris time), how far ahead, until when a booking may be
 * cancelled without counting as used, and its hourly rate (for the manufacture's own invoicing).
 */
public record MachineRules(
    boolean bookable,
    int slotMinutes,
    int minMinutes,
    int maxMinutes,
    int weeklyHours,
    int horizonDays,
    int freeCancelHours,
    int hourlyRateCents) {

  /** The steps a manager may choose. */
  public static final List<Integer> STEPS = List.of(15, 30, 60);

  public static final int MAX_MINUTES = 720;
  public static final int MAX_WEEKLY_HOURS = 168;
  public static final int MAX_HORIZON_DAYS = 365;
  public static final int MAX_FREE_CANCEL_HOURS = 720;
  public static final int MAX_RATE_CENTS = 1_000_000;

  /** What a machine follows until its managers set its rules: not bookable. */
  public static final MachineRules UNSET = new MachineRules(false, 30, 60, 240, 8, 28, 24, 0);

  /** What is wrong with these rules, field by field; empty when they hold together. */
  public List<FieldError> errors() {
    List<FieldError> errors = new ArrayList<>();
    if (!STEPS.contains(slotMinutes)) {
      // the lengths are multiples of the step: they are checked once it is one of the steps
      errors.add(new FieldError("slotMinutes", "invalid.machine-rules.step", STEPS));
    } else {
      if (minMinutes < slotMinutes || minMinutes % slotMinutes != 0) {
        errors.add(new FieldError("minMinutes", "invalid.machine-rules.multiple", slotMinutes));
      }
      if (maxMinutes > MAX_MINUTES || maxMinutes % slotMinutes != 0) {
        errors.add(
            new FieldError(
                "maxMinutes", "invalid.machine-rules.max-length", slotMinutes, MAX_MINUTES));
      } else if (maxMinutes < minMinutes) {
        errors.add(new FieldError("maxMinutes", "invalid.machine-rules.max-below-min"));
      }
    }
    if (weeklyHours < 1 || weeklyHours > MAX_WEEKLY_HOURS) {
      errors.add(new FieldError("weeklyHours", "invalid.range", 1, MAX_WEEKLY_HOURS));
    }
    if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
      errors.add(new FieldError("horizonDays", "invalid.range", 1, MAX_HORIZON_DAYS));
    }
    if (freeCancelHours < 0 || freeCancelHours > MAX_FREE_CANCEL_HOURS) {
      errors.add(new FieldError("freeCancelHours", "invalid.range", 0, MAX_FREE_CANCEL_HOURS));
    }
    if (hourlyRateCents < 0 || hourlyRateCents > MAX_RATE_CENTS) {
      errors.add(new FieldError("hourlyRateCents", "invalid.range", 0, MAX_RATE_CENTS));
    }
    return errors;
  }

  /**
   * Refuses a booking of that machine for that time that these rules do not allow, naming the rule.
   * A manager booking for someone else is held to the step and the lengths, not to the weekly quota
   * nor the horizon.
   *
   * @param usedThisWeek what the person already holds on this machine in the week of {@code time}
   */
  public void check(
      String machine, TimeRange time, Instant now, Duration usedThisWeek, boolean byManager) {
    if (!bookable) {
      throw DomainException.conflict("not-bookable", "problem.machine-not-bookable", machine);
    }
    if (time.start().isBefore(now)) {
      throw DomainException.invalid("start", "invalid.machine-booking.past");
    }
    if (!onStep(time.localStart()) || !onStep(time.localEnd())) {
      throw DomainException.invalid(
          List.of(
              new FieldError(
                  onStep(time.localStart()) ? "end" : "start",
                  "invalid.machine-booking.step",
                  slotMinutes)));
    }
    long minutes = time.duration().toMinutes();
    if (minutes < minMinutes) {
      throw refusedLength("too-short", "problem.machine-booking.too-short", machine, minMinutes);
    }
    if (minutes > maxMinutes) {
      throw refusedLength("too-long", "problem.machine-booking.too-long", machine, maxMinutes);
    }
    if (byManager) {
      return;
    }
    Instant horizon = horizon(now);
    if (time.end().isAfter(horizon)) {
      throw DomainException.conflict(
          "beyond-horizon",
          "problem.machine-booking.beyond-horizon",
          machine,
          horizonDays,
          horizon.atZone(ClockProducer.PARIS).toLocalDate());
    }
    Duration after = usedThisWeek.plus(time.duration());
    if (after.compareTo(Duration.ofHours(weeklyHours)) > 0) {
      throw DomainException.conflict(
          "quota-exceeded",
          "problem.machine-booking.quota-exceeded",
          machine,
          weeklyHours,
          weekOf(time.start()).day(),
          hours(usedThisWeek));
    }
  }

  /** The last moment one may book until: so many days ahead of now. */
  public Instant horizon(Instant now) {
    return now.plus(Duration.ofDays(horizonDays));
  }

  /** A booking made late may still be cancelled freely this long after it was made. */
  public static final Duration CHANGE_OF_MIND = Duration.ofMinutes(15);

  /**
   * Until when a booking made now and starting then may be cancelled without counting as used: so
   * many hours before its start; one made after that limit still has a quarter of an hour to change
   * one's mind, never beyond its start.
   */
  public Instant freeCancelUntil(Instant start, Instant now) {
    Instant limit = start.minus(Duration.ofHours(freeCancelHours));
    Instant grace = now.plus(CHANGE_OF_MIND);
    Instant until = limit.isAfter(grace) ? limit : grace;
    return until.isAfter(start) ? start : until;
  }

  /** Whether that Paris time of day falls on the step (09:00, 09:30… for 30 minutes). */
  public boolean onStep(ZonedDateTime local) {
    return local.getSecond() == 0
        && local.getNano() == 0
        && (local.getHour() * 60 + local.getMinute()) % slotMinutes == 0;
  }

  /**
   * The calendar week (Monday 00:00 to the next Monday 00:00, Paris time) that instant falls in: a
   * week of 167 or 169 hours when the clocks change.
   */
  public static TimeRange weekOf(Instant instant) {
    LocalDate monday =
        instant
            .atZone(ClockProducer.PARIS)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new TimeRange(
        monday.atStartOfDay(ClockProducer.PARIS).toInstant(),
        monday.plusWeeks(1).atStartOfDay(ClockProducer.PARIS).toInstant());
  }

  /** The amount, in cents, of so long at this rate, rounded to the nearest cent. */
  public static long amountCents(Duration used, int rateCents) {
    return Math.round(used.toMinutes() * (double) rateCents / 60.0);
  }

  /** "3 h 30" or "45 min": a duration as people read it, in either language. */
  public static Message hours(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes % 60 == 0
        ? Message.of("duration.hours", minutes / 60)
        : Message.of("duration.hours-minutes", minutes / 60, minutes % 60);
  }

  private static DomainException refusedLength(
      String type, String code, String machine, int minutes) {
    return new DomainException(
        DomainException.Kind.INVALID,
        type,
        Message.of(code, machine, minutes),
        List.of(new FieldError("end", code, machine, minutes)));
  }
}
