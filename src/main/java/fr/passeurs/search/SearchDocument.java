package fr.passeurs.search;

import java.util.Objects;

/**
 * One searchable thing as the index holds it: its title and short text (shown, searched and
 * highlighted), more words that find it without being shown (its craft, techniques, place), and its
 * facts (filtered on, counted in facets, shown).
 */
public record SearchDocument(
    SearchKind kind, String id, String title, String text, String moreWords, SearchFacts facts) {

  public SearchDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    text = text == null ? "" : text;
    moreWords = moreWords == null ? "" : moreWords;
    facts = facts == null ? SearchFacts.builder().build() : facts;
  }

  /** Its key in the index, unique across kinds. */
  public String key() {
    return key(kind, id);
  }

  static String key(SearchKind kind, String id) {
    return kind.name() + ":" + id;
  }
}
