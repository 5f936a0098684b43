package fr.passeurs.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A weekly opening period of a manufacture, in Paris time: Monday 09:00–12:30. */
@Embeddable
public class OpeningPeriod {

  @Column(name = "weekday")
  private int weekday;

  @Column(name = "opens")
  private LocalTime opens;

  @Column(name = "closes")
  private LocalTime closes;

  protected OpeningPeriod() {}

  public OpeningPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {
    if (day == null || opens == null || closes == null || !opens.isBefore(closes)) {
      throw new IllegalArgumentException("an opening period closes after it opens");
    }
    this.weekday = day.getValue();
    this.opens = opens;
    this.closes = closes;
  }

  public DayOfWeek day() {
    return DayOfWeek.of(weekday);
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  /** True if this period covers that stretch of that weekday. */
  public boolean covers(DayOfWeek day, LocalTime from, LocalTime to) {
    return weekday == day.getValue() && !from.isBefore(opens) && !to.isAfter(closes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OpeningPeriod p
        && p.weekday == weekday
        && p.opens.equals(opens)
        && p.closes.equals(closes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekday, opens, closes);
  }
}
