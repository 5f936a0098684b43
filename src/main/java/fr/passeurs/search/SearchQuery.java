package fr.passeurs.search;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.Input;
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

  /** Most characters of the words of a search. */
  public static final int MAX_LENGTH = 200;

  /** Most words a search may have. */
  public static final int MAX_WORDS = 10;

  /**
   * Most things a list narrowed by words considers (sessions, class visit offers): the most
   * relevant.
   */
  public static final int MAX_IDS = 1000;

  /** Checks the words of a search ({@code q}): at most 200 characters and 10 words. */
  public static void checkWords(Input input, String q) {
    input.check(q == null || q.length() <= MAX_LENGTH, "q", "invalid.length.max", MAX_LENGTH);
    input.check(
        q == null || q.length() > MAX_LENGTH || FrenchText.words(q).size() <= MAX_WORDS,
        "q",
        "invalid.words.max",
        MAX_WORDS);
  }

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
