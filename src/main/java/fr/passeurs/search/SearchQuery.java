package fr.passeurs.search;

import fr.passeurs.platform.GeoPoint;
import java.time.LocalDate;
import java.util.Set;

/**
 * A search: words (each must match, as a word, its plural or its beginning), the kinds wanted (all
 * if empty), filters on facts, a place and radius, and a period that the dated kinds must meet.
 */
public record SearchQuery(
    String text,
    Set<SearchKind> kinds,
    String domain,
    String craftCode,
    String region,
    String rarity,
    String manufactureId,
    GeoPoint near,
    double radiusKm,
    LocalDate from,
    LocalDate to) {

  public static final double DEFAULT_RADIUS_KM = 50;

  public SearchQuery {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  /** These words, among everything. */
  public static SearchQuery text(String text) {
    return new SearchQuery(
        text, Set.of(), null, null, null, null, null, null, DEFAULT_RADIUS_KM, null, null);
  }

  public SearchQuery ofKinds(Set<SearchKind> wanted) {
    return new SearchQuery(
        text, wanted, domain, craftCode, region, rarity, manufactureId, near, radiusKm, from, to);
  }
}
