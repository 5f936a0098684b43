package fr.passeurs.search.api;

import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchIndexer;
import fr.passeurs.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The search's reads, for the API and the pages alike. */
@ApplicationScoped
public class SearchReads {

  /** Most completions given. */
  public static final int SUGGESTIONS = 8;

  @Inject private SearchIndexer search;

  public SearchViews.SearchAnswer search(SearchQuery query, PageRequest page, Locale language) {
    return SearchViews.SearchAnswer.of(search.search(query, page), language);
  }

  public List<String> suggest(String typed) {
    return search.suggest(typed, SUGGESTIONS);
  }
}
