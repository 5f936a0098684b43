package fr.passeurs.catalogue;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.workshop.Region;

/**
 * A search of the catalogue. Every word of {@code text} must match a word of the entry (as a
 * prefix); {@code near} keeps entries within {@code radiusKm} and sorts them by distance.
 */
public record KnowHowQuery(
    String text,
    Domain domain,
    String craftCode,
    Region region,
    Rarity rarity,
    String manufactureId,
    GeoPoint near,
    double radiusKm) {

  public static final double DEFAULT_RADIUS_KM = 50;

  /** Everything, rarest first. */
  public static KnowHowQuery all() {
    return new KnowHowQuery(null, null, null, null, null, null, null, DEFAULT_RADIUS_KM);
  }

  public static KnowHowQuery text(String text) {
    return new KnowHowQuery(text, null, null, null, null, null, null, DEFAULT_RADIUS_KM);
  }

  public KnowHowQuery withRarity(Rarity level) {
    return new KnowHowQuery(text, domain, craftCode, region, level, manufactureId, near, radiusKm);
  }
}
