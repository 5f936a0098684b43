package fr.passeurs.catalogue;

import fr.passeurs.platform.Ids;
import fr.passeurs.search.SearchDocument;
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
    List<SearchDocument> batch;
    do {
      batch = self.batch(after);
      batch.forEach(into);
      after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
    } while (batch.size() == BATCH);
  }

  /** The next published entries by id, each transaction a thousand. */
  @Transactional
  public List<SearchDocument> batch(String after) {
    List<KnowHow> entries =
        em.createQuery(
                "SELECT k FROM KnowHow k WHERE k.archived = FALSE AND k.id > :after ORDER BY k.id",
                KnowHow.class)
            .setParameter("after", after)
            .setMaxResults(BATCH)
            .getResultList();
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            entries.stream()
                .map(KnowHow::manufactureId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<SearchDocument> documents =
        entries.stream()
            .map(entry -> entry.asSearchDocument(places.get(entry.manufactureId())))
            .toList();
    em.clear();
    return documents;
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
}
