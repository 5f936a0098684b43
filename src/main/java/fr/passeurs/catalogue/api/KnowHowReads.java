package fr.passeurs.catalogue.api;

import fr.passeurs.catalogue.CraftService;
import fr.passeurs.catalogue.KnowHowQuery;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowEntry;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowItem;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue as the API and the pages both use it: {@link KnowHowRequest} in, the read models of
 * {@link KnowHowViews} out; the entities stay here.
 */
@ApplicationScoped
public class KnowHowReads {

  @Inject private KnowHowService knowHow;
  @Inject private CraftService crafts;

  /** A page of search results, rarity reasons in the reader's language. */
  public Page<KnowHowItem> search(KnowHowQuery query, PageRequest page, Locale language) {
    return knowHow.search(query, page).map(hit -> KnowHowItem.of(hit, language));
  }

  /** An entry in full, if the caller may see it. */
  public KnowHowEntry entry(Caller caller, String id, Locale language) {
    return KnowHowEntry.of(knowHow.detail(caller, id), language);
  }

  /** The entries the caller looks after, archived ones included. */
  public Page<KnowHowItem> mine(Caller caller, PageRequest page, Locale language) {
    return knowHow.mine(caller, page).map(k -> KnowHowItem.of(k, null, null, language));
  }

  /** Writes a new entry; answers it as its author reads it. */
  public KnowHowEntry create(Caller caller, KnowHowRequest request, Locale language) {
    return entry(caller, knowHow.create(caller, request.toContent()).id(), language);
  }

  /** Rewrites an entry, refused if it changed since the version the author edited. */
  public KnowHowEntry revise(Caller caller, String id, KnowHowRequest request, Locale language) {
    knowHow.revise(caller, id, request.toContent(), request.version());
    return entry(caller, id, language);
  }

  /** Takes an entry out of the public catalogue. */
  public void archive(Caller caller, String id) {
    knowHow.archive(caller, id);
  }

  /** The official crafts, by domain and name. */
  public List<CraftView> crafts() {
    return crafts.all().stream().map(CraftView::of).toList();
  }
}
