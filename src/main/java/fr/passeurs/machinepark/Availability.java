package fr.passeurs.machinepark;

import fr.passeurs.platform.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The free windows of a machine: its manufacture's opening times minus what the calendar holds on
 * it, cut to between now and the horizon, their ends moved inwards onto the rules' step, and only
 * those long enough for the shortest booking.
 */
final class Availability {

  private Availability() {}

  /**
   * @param open opening times, in order, not overlapping
   * @param taken reservations of the machine, in order of start
   */
  static List<TimeRange> windows(
      List<TimeRange> open,
      List<TimeRange> taken,
      Instant now,
      Instant horizon,
      MachineRules rules) {
    List<TimeRange> windows = new ArrayList<>();
    Duration shortest = Duration.ofMinutes(rules.minMinutes());
    for (TimeRange period : open) {
      Instant from = period.start();
      for (TimeRange held : taken) {
        if (!held.overlaps(period)) {
          continue;
        }
        add(windows, from, held.start(), period, now, horizon, rules, shortest);
        if (held.end().isAfter(from)) {
          from = held.end();
        }
      }
      add(windows, from, period.end(), period, now, horizon, rules, shortest);
    }
    return windows;
  }

  private static void add(
      List<TimeRange> windows,
      Instant from,
      Instant to,
      TimeRange period,
      Instant now,
      Instant horizon,
      MachineRules rules,
      Duration shortest) {
    Instant start = latest(from, period.start(), now);
    Instant end = earliest(to, period.end(), horizon);
    if (!start.isBefore(end)) {
      return;
    }
    Instant onStepStart = stepUp(start, rules.slotMinutes());
    Instant onStepEnd = stepDown(end, rules.slotMinutes());
    if (onStepStart.isBefore(onStepEnd)
        && Duration.between(onStepStart, onStepEnd).compareTo(shortest) >= 0) {
      windows.add(new TimeRange(onStepStart, onStepEnd));
    }
  }

  /** The first Paris time on the step at or after that instant. */
  static Instant stepUp(Instant instant, int stepMinutes) {
    ZonedDateTime local = instant.atZone(fr.passeurs.platform.ClockProducer.PARIS);
    ZonedDateTime down = stepDownLocal(local, stepMinutes);
    return down.toInstant().equals(instant) ? instant : down.plusMinutes(stepMinutes).toInstant();
  }

  /** The last Paris time on the step at or before that instant. */
  static Instant stepDown(Instant instant, int stepMinutes) {
    return stepDownLocal(instant.atZone(fr.passeurs.platform.ClockProducer.PARIS), stepMinutes)
        .toInstant();
  }

  private static ZonedDateTime stepDownLocal(ZonedDateTime local, int stepMinutes) {
    int minuteOfDay = local.getHour() * 60 + local.getMinute();
    return local.withSecond(0).withNano(0).minusMinutes(minuteOfDay % stepMinutes);
  }

  private static Instant latest(Instant a, Instant b, Instant c) {
    Instant max = a.isAfter(b) ? a : b;
    return max.isAfter(c) ? max : c;
  }

  private static Instant earliest(Instant a, Instant b, Instant c) {
    Instant min = a.isBefore(b) ? a : b;
    return min.isBefore(c) ? min : c;
  }
}
