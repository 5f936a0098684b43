package fr.passeurs.visit;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.platform.GeoPoint;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a teacher looks for: every given criterion narrows the search. {@code date} keeps the offers
 * that can take place that day; {@code accessibility} those adapted to every need listed; {@code
 * words} those the search index finds for them.
 */
public record OfferQuery(
    SchoolLevel level,
    VisitFormat format,
    LocalDate date,
    Set<AccessibilityNeed> accessibility,
    Domain domain,
    String knowHowId,
    String manufactureId,
    String artisanId,
    GeoPoint near,
    double radiusKm,
    String words) {

  public OfferQuery {
    accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
  }

  /** Without words. */
  public OfferQuery(
      SchoolLevel level,
      VisitFormat format,
      LocalDate date,
      Set<AccessibilityNeed> accessibility,
      Domain domain,
      String knowHowId,
      String manufactureId,
      String artisanId,
      GeoPoint near,
      double radiusKm) {
    this(
        level,
        format,
        date,
        accessibility,
        domain,
        knowHowId,
        manufactureId,
        artisanId,
        near,
        radiusKm,
        null);
  }

  public static OfferQuery all() {
    return new OfferQuery(null, null, null, Set.of(), null, null, null, null, null, 50);
  }
}
