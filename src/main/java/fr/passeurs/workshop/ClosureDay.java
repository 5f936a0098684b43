package fr.passeurs.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A day the manufacture is closed, whatever its weekly hours say. */
@Embeddable
public class ClosureDay {

  /** Most characters of the reason of a closure. */
  public static final int MAX_REASON = 200;

  @Column(name = "closed_on")
  private LocalDate day;

  @Column(name = "reason")
  private String reason;

  protected ClosureDay() {}

  public ClosureDay(LocalDate day, String reason) {
    this.day = day;
    this.reason = reason == null ? "" : reason.trim();
  }

  public LocalDate day() {
    return day;
  }

  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClosureDay c && c.day.equals(day);
  }

  @Override
  public int hashCode() {
    return Objects.hash(day);
  }
}
