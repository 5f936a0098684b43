package fr.passeurs.visit;

import fr.passeurs.platform.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One time a teacher wishes for a visit: the first choice, or an alternative. */
@Embeddable
public class WishedTime {

  @Column(name = "starts_at")
  private java.time.Instant startsAt;

  @Column(name = "ends_at")
  private java.time.Instant endsAt;

  protected WishedTime() {}

  WishedTime(TimeRange time) {
    this.startsAt = time.start();
    this.endsAt = time.end();
  }

  public TimeRange time() {
    return new TimeRange(startsAt, endsAt);
  }
}
