package fr.passeurs.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** Days, first and last included, in which an offer can take place (e.g. a school year). */
@Embeddable
public class OfferPeriod {

  @Column(name = "from_day")
  private LocalDate from;

  @Column(name = "to_day")
  private LocalDate to;

  protected OfferPeriod() {}

  public OfferPeriod(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OfferPeriod p && p.from.equals(from) && p.to.equals(to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }
}
