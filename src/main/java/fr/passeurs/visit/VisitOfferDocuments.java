package fr.passeurs.visit;

import fr.passeurs.catalogue.KnowHowDocuments;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.platform.ClockProducer;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The class visit offers open to booking, as the search finds them: not withdrawn, a period not
 * over; dated from their first period's start to their last period's end, with the school levels
 * they welcome.
 */
@ApplicationScoped
public class VisitOfferDocuments implements SearchSource {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private KnowHowService knowHow;
  @Inject private ManufactureService manufactures;

  @Override
  public SearchKind kind() {
    return SearchKind.VISIT_OFFER;
  }

  /** Every open offer: each manufacture publishes a few, the network thousands at most. */
  @Override
  @Transactional
  public void everything(Consumer<SearchDocument> into) {
    documents(
            em.createQuery(
                    "SELECT o FROM VisitOffer o WHERE o.withdrawn = FALSE ORDER BY o.id",
                    VisitOffer.class)
                .getResultList())
        .forEach(into);
  }

  @Override
  @Transactional
  public Optional<SearchDocument> one(String id) {
    VisitOffer offer = Ids.isWellFormed(id) ? em.find(VisitOffer.class, id) : null;
    return offer == null || offer.isWithdrawn()
        ? Optional.empty()
        : documents(List.of(offer)).stream().findFirst();
  }

  private List<SearchDocument> documents(List<VisitOffer> offers) {
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    List<VisitOffer> open =
        offers.stream()
            .filter(o -> o.periods().stream().anyMatch(p -> !p.to().isBefore(today)))
            .toList();
    if (open.isEmpty()) {
      return List.of();
    }
    Map<String, KnowHowSummary> entries =
        knowHow.summaries(open.stream().map(VisitOffer::knowHowId).collect(Collectors.toSet()));
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            open.stream().map(VisitOffer::manufactureId).collect(Collectors.toSet()));
    return open.stream()
        .map(
            offer ->
                document(offer, entries.get(offer.knowHowId()), places.get(offer.manufactureId())))
        .toList();
  }

  private static SearchDocument document(
      VisitOffer offer, KnowHowSummary entry, ManufactureSummary place) {
    LocalDate first =
        offer.periods().stream()
            .map(OfferPeriod::from)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate last =
        offer.periods().stream().map(OfferPeriod::to).max(Comparator.naturalOrder()).orElseThrow();
    SearchFacts.Builder facts =
        KnowHowDocuments.factsOfTeaching(
                offer.knowHowId(), entry, offer.manufactureId(), place, offer.place())
            // the offer's own domain, the one its know-how had when it was published
            .domain(offer.domain().name())
            .levels(offer.levels().stream().map(Enum::name).collect(Collectors.toSet()))
            .dated(first, last);
    return new SearchDocument(
        SearchKind.VISIT_OFFER,
        offer.id(),
        offer.title(),
        offer.description(),
        entry == null ? null : entry.title(),
        facts.build());
  }
}
