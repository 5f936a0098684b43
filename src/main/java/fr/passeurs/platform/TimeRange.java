package fr.passeurs.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** A span of time, start included, end excluded. */
public record TimeRange(Instant start, Instant end) implements Comparable<TimeRange> {

  public TimeRange {
    if (start == null || end == null || !start.isBefore(end)) {
      throw new IllegalArgumentException(
          "a time range ends after it starts: " + start + ", " + end);
    }
  }

  /** From one Paris time to another on a day (as the workshops read their clocks). */
  public static TimeRange inParis(LocalDate day, LocalTime from, LocalTime to) {
    return new TimeRange(
        day.atTime(from).atZone(ClockProducer.PARIS).toInstant(),
        day.atTime(to).atZone(ClockProducer.PARIS).toInstant());
  }

  public boolean overlaps(TimeRange other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  /** The day it starts on, in Paris. */
  public LocalDate day() {
    return start.atZone(ClockProducer.PARIS).toLocalDate();
  }

  public ZonedDateTime localStart() {
    return start.atZone(ClockProducer.PARIS);
  }

  public ZonedDateTime localEnd() {
    return end.atZone(ClockProducer.PARIS);
  }

  @Override
  public int compareTo(TimeRange other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }
}
