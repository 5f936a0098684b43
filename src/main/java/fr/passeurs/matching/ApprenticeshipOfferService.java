package fr.passeurs.matching;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchChanged;
import fr.passeurs.search.SearchIndexer;
import fr.passeurs.search.SearchKind;
import fr.passeurs.workshop.ManufactureMoved;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use cases of apprenticeship offers: a master publishes one for a know-how they hold, revises or
 * closes it, and ranks those who applied. Rankings are private: only the master and the
 * manufacture's managers see them.
 */
@ApplicationScoped
@Transactional
public class ApprenticeshipOfferService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private KnowHowService knowHow;
  @Inject private ManufactureService manufactures;
  @Inject private AccountService accounts;
  @Inject private Event<SearchChanged> searchChanged;
  @Inject private SearchIndexer searchIndex;

  public ApprenticeshipOffer publish(Caller caller, ApprenticeshipTerms terms) {
    caller.requireAuthenticated();
    if (!caller.has(Role.ARTISAN) || caller.manufactureId() == null) {
      throw DomainException.forbidden("forbidden.apprenticeship-offer.master-only");
    }
    checkKnowHow(caller.accountId(), terms.knowHowId());
    GeoPoint place =
        manufactures.summary(caller.manufactureId()).map(ManufactureSummary::location).orElse(null);
    ApprenticeshipOffer offer =
        new ApprenticeshipOffer(
            caller.accountId(), caller.manufactureId(), place, terms, clock.instant());
    em.persist(offer);
    searchChanged.fire(new SearchChanged(SearchKind.APPRENTICESHIP_OFFER, offer.id()));
    return offer;
  }

  public ApprenticeshipOffer revise(
      Caller caller, String id, ApprenticeshipTerms terms, Long expectedVersion) {
    ApprenticeshipOffer offer = lock(id);
    mustBeMaster(caller, offer);
    if (expectedVersion != null && expectedVersion != offer.version()) {
      throw DomainException.conflict(
          "concurrent-update", "problem.concurrent-update.apprenticeship-offer", expectedVersion);
    }
    if (!terms.knowHowId().equals(offer.knowHowId())) {
      checkKnowHow(offer.masterId(), terms.knowHowId());
    }
    offer.revise(terms, clock.instant());
    searchChanged.fire(new SearchChanged(SearchKind.APPRENTICESHIP_OFFER, offer.id()));
    return offer;
  }

  /** No more applications nor rounds; places already proposed or taken stand. */
  public ApprenticeshipOffer close(Caller caller, String id) {
    ApprenticeshipOffer offer = lock(id);
    if (!caller.is(offer.masterId()) && !caller.mayRun(offer.manufactureId())) {
      throw DomainException.forbidden("forbidden.apprenticeship-offer.close");
    }
    offer.close(clock.instant());
    searchChanged.fire(new SearchChanged(SearchKind.APPRENTICESHIP_OFFER, offer.id()));
    return offer;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ApprenticeshipOffer get(String id) {
    ApprenticeshipOffer offer =
        Found.or404(em, ApprenticeshipOffer.class, id, "apprenticeship-offer");
    return offer;
  }

  ApprenticeshipOffer lock(String id) {
    ApprenticeshipOffer offer =
        Found.lockedOr404(em, ApprenticeshipOffer.class, id, "apprenticeship-offer");
    return offer;
  }

  /**
   * Offers, soonest start first: open ones unless told, of a manufacture or a master; with words,
   * only the open ones the search index finds for them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ApprenticeshipOffer> list(
      String manufactureId, String masterId, OfferStatus status, String words, PageRequest page) {
    List<String> matching =
        searchIndex.ids(Set.of(SearchKind.APPRENTICESHIP_OFFER), words).orElse(null);
    if (matching != null && matching.isEmpty()) {
      return page.page(List.of(), 0);
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (matching != null) {
      where.append(" AND o.id IN :matching");
      params.put("matching", matching);
    }
    if (status != null) {
      where.append(" AND o.status = :status");
      params.put("status", status);
    }
    if (manufactureId != null) {
      where.append(" AND o.manufactureId = :m");
      params.put("m", manufactureId);
    }
    if (masterId != null) {
      where.append(" AND o.masterId = :master");
      params.put("master", masterId);
    }
    TypedQuery<ApprenticeshipOffer> found =
        em.createQuery(
            "SELECT o FROM ApprenticeshipOffer o" + where + " ORDER BY o.startDate, o.id",
            ApprenticeshipOffer.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(o) FROM ApprenticeshipOffer o" + where, Long.class);
    params.forEach(
        (k, v) -> {
          found.setParameter(k, v);
          count.setParameter(k, v);
        });
    return page.page(
        found.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /**
   * Every open offer (for recommendations and rounds), with their transmission plans read in one
   * more query rather than one per offer.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ApprenticeshipOffer> open(String manufactureId) {
    TypedQuery<ApprenticeshipOffer> query =
        em.createQuery(
                "SELECT o FROM ApprenticeshipOffer o WHERE o.status = :open"
                    + (manufactureId == null ? "" : " AND o.manufactureId = :m")
                    + " ORDER BY o.id",
                ApprenticeshipOffer.class)
            .setParameter("open", OfferStatus.OPEN)
            .setHint("eclipselink.batch.type", "JOIN")
            .setHint("eclipselink.batch", "o.milestones");
    if (manufactureId != null) {
      query.setParameter("m", manufactureId);
    }
    return query.getResultList();
  }

  /**
   * The master ranks the applicants to their offer: {@code priorities} (1 first; equal numbers are
   * ties), and some marked unacceptable. Only applicants may be ranked; each at most once.
   */
  public ApprenticeshipOffer rank(
      Caller caller, String id, Map<String, Integer> priorities, Set<String> unacceptable) {
    ApprenticeshipOffer offer = lock(id);
    mustBeMaster(caller, offer);
    Set<String> applicants = new HashSet<>(applicantIds(id));
    List<RankingEntry> entries = new ArrayList<>();
    for (Map.Entry<String, Integer> e : priorities.entrySet()) {
      if (!applicants.contains(e.getKey())) {
        throw DomainException.invalid(
            "ranked", "invalid.ranking.not-applicant", String.valueOf(e.getKey()));
      }
      if (e.getValue() == null || e.getValue() < 1) {
        throw DomainException.invalid("ranked", "invalid.ranking.priority", 1);
      }
      if (unacceptable.contains(e.getKey())) {
        throw DomainException.invalid("unacceptable", "invalid.ranking.both");
      }
      entries.add(new RankingEntry(e.getKey(), e.getValue(), false));
    }
    for (String apprentice : unacceptable) {
      if (!applicants.contains(apprentice)) {
        throw DomainException.invalid(
            "unacceptable", "invalid.ranking.not-applicant", String.valueOf(apprentice));
      }
      entries.add(new RankingEntry(apprentice, null, true));
    }
    offer.rank(entries, clock.instant());
    return offer;
  }

  /** An applicant to an offer, with their profile, their fit, and the master's word on them. */
  public record Applicant(
      AccountSummary apprentice, ApprenticeProfile profile, Fit fit, RankingEntry ranking) {}

  /**
   * Who applied to an offer, in the master's order (then best fit first): for its master and the
   * manufacture's managers only. Where each applicant ranked the offer stays theirs.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Applicant> applicants(Caller caller, String id) {
    ApprenticeshipOffer offer = get(id);
    if (!caller.is(offer.masterId()) && !caller.mayRun(offer.manufactureId())) {
      throw DomainException.forbidden("forbidden.apprenticeship-offer.applicants");
    }
    List<ApprenticeProfile> profiles =
        em.createQuery(
                "SELECT p FROM ApprenticeProfile p JOIN p.choices c WHERE c = :o",
                ApprenticeProfile.class)
            .setParameter("o", id)
            .getResultList();
    Map<String, AccountSummary> people =
        accounts.summaries(
            profiles.stream().map(ApprenticeProfile::apprenticeId).collect(Collectors.toSet()));
    KnowHowSummary entry = knowHow.summary(offer.knowHowId()).orElse(null);
    Map<String, RankingEntry> ranked = new HashMap<>();
    offer.ranking().forEach(r -> ranked.put(r.apprenticeId(), r));
    return profiles.stream()
        .map(
            p -> {
              AccountSummary who = people.get(p.apprenticeId());
              return new Applicant(
                  who,
                  p,
                  Fit.of(
                      p.seeker(),
                      offer.terms(),
                      entry,
                      who == null ? null : who.ageOn(offer.startDate())),
                  ranked.get(p.apprenticeId()));
            })
        .sorted(
            Comparator.comparing(
                    (Applicant a) ->
                        a.ranking() == null
                            ? Integer.MAX_VALUE - 1
                            : a.ranking().unacceptable()
                                ? Integer.MAX_VALUE
                                : a.ranking().priority())
                .thenComparingDouble(a -> -a.fit().score())
                .thenComparing(a -> a.profile().apprenticeId()))
        .toList();
  }

  List<String> applicantIds(String offerId) {
    return em.createQuery(
            "SELECT p.apprenticeId FROM ApprenticeProfile p JOIN p.choices c WHERE c = :o"
                + " ORDER BY p.apprenticeId",
            String.class)
        .setParameter("o", offerId)
        .getResultList();
  }

  /** The master's own view of their ranking; managers too. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RankingEntry> ranking(Caller caller, String id) {
    ApprenticeshipOffer offer = get(id);
    if (!caller.is(offer.masterId()) && !caller.mayRun(offer.manufactureId())) {
      throw DomainException.forbidden("forbidden.apprenticeship-offer.ranking");
    }
    return offer.ranking();
  }

  /** A manufacture moved: its offers are found at its new place. */
  void manufactureMoved(@Observes ManufactureMoved moved) {
    em.createQuery(
            "UPDATE ApprenticeshipOffer o SET o.latitude = :lat, o.longitude = :lon"
                + " WHERE o.manufactureId = :id")
        .setParameter("lat", moved.location().latitude())
        .setParameter("lon", moved.location().longitude())
        .setParameter("id", moved.manufactureId())
        .executeUpdate();
  }

  private static void mustBeMaster(Caller caller, ApprenticeshipOffer offer) {
    if (!caller.is(offer.masterId())) {
      throw DomainException.forbidden("forbidden.apprenticeship-offer.not-master");
    }
  }

  private void checkKnowHow(String masterId, String knowHowId) {
    KnowHowSummary entry =
        knowHow
            .summary(knowHowId)
            .filter(k -> !k.archived())
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "knowHowId", "invalid.apprenticeship-offer.know-how-unknown"));
    if (!entry.isHeldBy(masterId)) {
      throw DomainException.forbidden("forbidden.apprenticeship-offer.know-how-not-held");
    }
  }
}
