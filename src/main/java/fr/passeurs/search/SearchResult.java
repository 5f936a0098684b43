package fr.passeurs.search;

import fr.passeurs.platform.rest.Page;
import java.util.List;
import java.util.Map;

/**
 * What a search found: a page of items, how many there are, the facets (per fact, how many results
 * each value has, ignoring that fact's own filter) and, when nothing matched the words as typed,
 * the words that did match instead.
 */
public record SearchResult(
    Page<SearchItem> items, Map<String, Map<String, Long>> facets, String didYouMean) {

  /** One thing found: its document's title, text and facts, the words found, and its distance. */
  public record SearchItem(
      SearchKind kind,
      String id,
      String title,
      String text,
      List<Highlight> highlights,
      SearchFacts facts,
      Double distanceKm) {}

  /** A field of a found thing, cut into parts where the words were found. */
  public record Highlight(String field, List<Part> parts) {}

  /** A piece of text, and whether it is one of the words found. */
  public record Part(String text, boolean found) {}
}
