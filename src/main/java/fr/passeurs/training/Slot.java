package fr.passeurs.training;

import fr.passeurs.platform.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/** One half-day of a session: a morning or an afternoon of one day. */
@Embeddable
public class Slot {

  /** Mornings end, and afternoons start, around this hour (Paris time). */
  static final LocalTime NOON = LocalTime.of(13, 0);

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  protected Slot() {}

  Slot(TimeRange time) {
    this.startsAt = time.start();
    this.endsAt = time.end();
  }

  public TimeRange time() {
    return new TimeRange(startsAt, endsAt);
  }

  /** MORNING if it starts before 13:00 (Paris), else AFTERNOON. */
  public HalfDay halfDay() {
    return time().localStart().toLocalTime().isBefore(NOON) ? HalfDay.MORNING : HalfDay.AFTERNOON;
  }

  /** Morning or afternoon. */
  public enum HalfDay {
    MORNING,
    AFTERNOON
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Slot s && s.startsAt.equals(startsAt) && s.endsAt.equals(endsAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startsAt, endsAt);
  }
}
