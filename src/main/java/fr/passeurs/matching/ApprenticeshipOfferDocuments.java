package fr.passeurs.matching;

import fr.passeurs.catalogue.KnowHowDocuments;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The apprenticeship offers open to applications, as the search finds them: dated by their start,
 * with the level they ask for. A closed offer is not found.
 */
@ApplicationScoped
public class ApprenticeshipOfferDocuments implements SearchSource {

  @PersistenceContext private EntityManager em;
  @Inject private KnowHowService knowHow;
  @Inject private ManufactureService manufactures;

  @Override
  public SearchKind kind() {
    return SearchKind.APPRENTICESHIP_OFFER;
  }

  /** Every open offer: a master publishes one or two, the network thousands at most. */
  @Override
  @Transactional
  public void everything(Consumer<SearchDocument> into) {
    documents(
            em.createQuery(
                    "SELECT o FROM ApprenticeshipOffer o WHERE o.status = :open ORDER BY o.id",
                    ApprenticeshipOffer.class)
                .setParameter("open", OfferStatus.OPEN)
                .getResultList())
        .forEach(into);
  }

  @Override
  @Transactional
  public Optional<SearchDocument> one(String id) {
    ApprenticeshipOffer offer =
        Ids.isWellFormed(id) ? em.find(ApprenticeshipOffer.class, id) : null;
    return offer == null || offer.status() != OfferStatus.OPEN
        ? Optional.empty()
        : documents(List.of(offer)).stream().findFirst();
  }

  private List<SearchDocument> documents(List<ApprenticeshipOffer> offers) {
    if (offers.isEmpty()) {
      return List.of();
    }
    Map<String, KnowHowSummary> entries =
        knowHow.summaries(
            offers.stream().map(ApprenticeshipOffer::knowHowId).collect(Collectors.toSet()));
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            offers.stream().map(ApprenticeshipOffer::manufactureId).collect(Collectors.toSet()));
    return offers.stream()
        .map(
            offer ->
                document(offer, entries.get(offer.knowHowId()), places.get(offer.manufactureId())))
        .toList();
  }

  private static SearchDocument document(
      ApprenticeshipOffer offer, KnowHowSummary entry, ManufactureSummary place) {
    SearchFacts.Builder facts =
        KnowHowDocuments.factsOfTeaching(
                offer.knowHowId(), entry, offer.manufactureId(), place, offer.place())
            .levels(Set.of(offer.requiredLevel().name()))
            .dated(offer.startDate(), offer.startDate());
    return new SearchDocument(
        SearchKind.APPRENTICESHIP_OFFER,
        offer.id(),
        offer.title(),
        offer.description(),
        entry == null ? null : entry.title(),
        facts.build());
  }
}
