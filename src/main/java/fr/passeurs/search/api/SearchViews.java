package fr.passeurs.search.api;

import fr.passeurs.platform.Messages;
import fr.passeurs.search.SearchFacts;
import fr.passeurs.search.SearchKind;
import fr.passeurs.search.SearchResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the search answers, as JSON. */
public final class SearchViews {

  private SearchViews() {}

  /** A page of things found, with the facets and, after a typo, the words searched instead. */
  public record SearchAnswer(
      List<FoundItem> items,
      long total,
      int page,
      int size,
      Map<String, Map<String, Long>> facets,
      String didYouMean) {

    static SearchAnswer of(SearchResult result, Locale language) {
      return new SearchAnswer(
          result.items().items().stream().map(item -> FoundItem.of(item, language)).toList(),
          result.items().total(),
          result.items().page(),
          result.items().size(),
          result.facets(),
          result.didYouMean());
    }
  }

  /**
   * One thing found: its kind and id (the path of its own resource follows from them), title and
   * short text, the fields where words were found cut into parts, and its facts.
   */
  public record FoundItem(
      SearchKind kind,
      String id,
      String title,
      String text,
      List<FoundHighlight> highlights,
      String domain,
      String domainName,
      String craft,
      String craftName,
      String region,
      String rarity,
      String rarityName,
      String manufactureId,
      String place,
      List<String> levels,
      LocalDate from,
      LocalDate to,
      Integer freePlaces,
      boolean full,
      Double distanceKm) {

    static FoundItem of(SearchResult.SearchItem item, Locale language) {
      SearchFacts facts = item.facts();
      return new FoundItem(
          item.kind(),
          item.id(),
          item.title(),
          item.text(),
          item.highlights().stream().map(FoundHighlight::of).toList(),
          facts.domain(),
          facts.domain() == null ? null : Messages.format(language, "domain." + facts.domain()),
          facts.craftCode(),
          facts.craftLabel(),
          facts.region(),
          facts.rarity(),
          facts.rarity() == null ? null : Messages.format(language, "rarity." + facts.rarity()),
          facts.manufactureId(),
          facts.place(),
          facts.levels().stream().sorted().toList(),
          facts.from(),
          facts.to(),
          facts.freePlaces(),
          facts.full(),
          item.distanceKm() == null ? null : Math.round(item.distanceKm() * 10) / 10.0);
    }
  }

  /** A field where words were found: {@code title} or {@code text}, in parts. */
  public record FoundHighlight(String field, List<FoundPart> parts) {
    static FoundHighlight of(SearchResult.Highlight highlight) {
      return new FoundHighlight(
          highlight.field(),
          highlight.parts().stream().map(p -> new FoundPart(p.text(), p.found())).toList());
    }
  }

  /** A piece of a field; {@code found} when it is one of the words searched. */
  public record FoundPart(String text, boolean found) {}

  /** Completions of what is being typed. */
  public record Suggestions(List<String> suggestions) {}
}
