package fr.passeurs.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a context offers to the search: its searchable things as documents. A CDI bean of the
 * context implements it; the search finds every one.
 */
public interface SearchSource {

  SearchKind kind();

  /** Every thing of this kind that should be found now, handed over one by one. */
  void everything(Consumer<SearchDocument> into);

  /** The thing as it should be found now, or empty if it should not be found any more. */
  Optional<SearchDocument> one(String id);
}
