package fr.passeurs.catalogue;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Ids;
import fr.passeurs.search.SearchDocument;
import fr.passeurs.search.SearchFacts;
import fr.passeurs.search.SearchKind;
import fr.passeurs.search.SearchSource;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The published know-how entries, as the search finds them; archived ones are not found. */
@ApplicationScoped
public class KnowHowDocuments implements SearchSource {

  static final int BATCH = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private ManufactureService manufactures;
  @Inject private KnowHowDocuments self;

  @Override
  public SearchKind kind() {
    return SearchKind.KNOW_HOW;
  }

  @Override
  public void everything(Consumer<SearchDocument> into) {
    String after = "";
    Batch batch;
    do {
      batch = self.batch(after);
      batch.documents().forEach(into);
      after = batch.last();
    } while (batch.read() == BATCH);
  }

  /** A thousand entries read by id: the published ones as documents, and the last id read. */
  public record Batch(List<SearchDocument> documents, String last, int read) {}

  /**
   * The next thousand entries by id, in a transaction of their own; archived ones are skipped here
   * rather than in the query, so that the database walks its primary key and sorts nothing.
   */
  @Transactional
  public Batch batch(String after) {
    List<KnowHow> entries =
        em.createQuery("SELECT k FROM KnowHow k WHERE k.id > :after ORDER BY k.id", KnowHow.class)
            .setParameter("after", after)
            .setMaxResults(BATCH)
            // the techniques of the thousand in one more query, not one each
            .setHint("eclipselink.batch", "k.techniques")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList();
    List<KnowHow> published = entries.stream().filter(entry -> !entry.archived()).toList();
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            published.stream()
                .map(KnowHow::manufactureId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<SearchDocument> documents =
        published.stream()
            .map(entry -> entry.asSearchDocument(places.get(entry.manufactureId())))
            .toList();
    String last = entries.isEmpty() ? after : entries.get(entries.size() - 1).id();
    em.clear();
    return new Batch(documents, last, entries.size());
  }

  @Override
  @Transactional
  public Optional<SearchDocument> one(String id) {
    KnowHow entry = Ids.isWellFormed(id) ? em.find(KnowHow.class, id) : null;
    if (entry == null || entry.archived()) {
      return Optional.empty();
    }
    Map<String, ManufactureSummary> places =
        entry.manufactureId() == null
            ? Map.of()
            : manufactures.summaries(List.of(entry.manufactureId()));
    return Optional.of(entry.asSearchDocument(places.get(entry.manufactureId())));
  }

  /**
   * The facts a thing that teaches or shows a know-how in a manufacture (a session, an offer) takes
   * from them: the know-how's domain, craft and rarity (it ranks as its know-how), the
   * manufacture's region and place; without the manufacture's summary, its own place.
   */
  public static SearchFacts.Builder factsOfTeaching(
      String knowHowId,
      KnowHowSummary entry,
      String manufactureId,
      ManufactureSummary place,
      GeoPoint location) {
    SearchFacts.Builder facts = SearchFacts.builder().knowHow(knowHowId);
    if (entry != null) {
      facts
          .domain(entry.domain().name())
          .craft(entry.craftCode(), null)
          .rarity(entry.rarity().name(), entry.rarity().ordinal());
    }
    if (place != null) {
      facts.region(place.region().name()).manufacture(place.id(), place.city(), place.location());
    } else {
      facts.manufacture(manufactureId, null, location);
    }
    return facts;
  }
}
