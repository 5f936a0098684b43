package fr.passeurs.matching;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases of an apprentice looking for a master: keep a profile, see the offers recommended for
 * it (rare know-how first among equals, each with its reasons), apply by ranking up to ten offers.
 * An apprentice sees only their own list.
 */
@ApplicationScoped
@Transactional
public class ApplicantService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AccountService accounts;
  @Inject private KnowHowService knowHow;
  @Inject private ApprenticeshipOfferService offers;

  /** An offer with its fit for the apprentice asking. */
  public record Recommendation(ApprenticeshipOffer offer, KnowHowSummary knowHow, Fit fit) {}

  public ApprenticeProfile describe(Caller caller, ApprenticeProfile.Details details) {
    requireApprentice(caller);
    ApprenticeProfile profile =
        em.find(ApprenticeProfile.class, caller.accountId(), LockModeType.PESSIMISTIC_WRITE);
    if (profile == null) {
      profile = new ApprenticeProfile(caller.accountId(), details, clock.instant());
      em.persist(profile);
      // written now, so that a lock taken on it later in the same transaction finds it
      em.flush();
    } else {
      profile.describe(details, clock.instant());
    }
    return profile;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ApprenticeProfile> profile(Caller caller) {
    requireApprentice(caller);
    return Optional.ofNullable(em.find(ApprenticeProfile.class, caller.accountId()));
  }

  /**
   * The apprentice's ranked applications replace the previous ones: open offers only, whose level
   * and age they meet, each once, at most ten.
   */
  public ApprenticeProfile apply(Caller caller, List<String> offerIds) {
    requireApprentice(caller);
    ApprenticeProfile profile =
        Optional.ofNullable(
                em.find(
                    ApprenticeProfile.class, caller.accountId(), LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(
                () -> DomainException.conflict("profile-needed", "problem.profile-needed"));
    AccountSummary me = accounts.summary(caller.accountId()).orElseThrow();
    for (int i = 0; i < offerIds.size(); i++) {
      String field = "offerIds[" + i + "]";
      ApprenticeshipOffer offer;
      try {
        offer = offers.get(offerIds.get(i));
      } catch (DomainException e) {
        throw DomainException.invalid(field, "invalid.applications.unknown-offer");
      }
      if (offer.status() != OfferStatus.OPEN) {
        throw DomainException.invalid(field, "invalid.applications.offer-closed");
      }
      if (!profile.level().reaches(offer.requiredLevel())) {
        throw DomainException.invalid(field, "invalid.applications.level", offer.requiredLevel());
      }
      Integer age = me.ageOn(offer.startDate());
      if (offer.minimumAge() != null && (age == null || age < offer.minimumAge())) {
        throw DomainException.invalid(
            field,
            age == null
                ? "invalid.applications.minimum-age-unknown"
                : "invalid.applications.minimum-age",
            offer.minimumAge());
      }
    }
    profile.apply(offerIds, clock.instant());
    return profile;
  }

  /**
   * Open offers with free places that the apprentice may take (within reach, level, age,
   * availability), best fit first; rarity adds to the fit, so that rare know-how comes first among
   * equals.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Recommendation> recommended(Caller caller, PageRequest page) {
    ApprenticeProfile profile =
        profile(caller)
            .orElseThrow(
                () -> DomainException.conflict("profile-needed", "problem.profile-needed"));
    AccountSummary me = accounts.summary(caller.accountId()).orElseThrow();
    List<ApprenticeshipOffer> open =
        offers.open(null).stream().filter(o -> o.freePlaces() > 0).toList();
    Map<String, KnowHowSummary> entries =
        knowHow.summaries(
            open.stream().map(ApprenticeshipOffer::knowHowId).collect(Collectors.toSet()));
    List<Recommendation> ranked =
        open.stream()
            .map(
                o -> {
                  KnowHowSummary k = entries.get(o.knowHowId());
                  return new Recommendation(
                      o, k, Fit.of(profile.seeker(), o.terms(), k, me.ageOn(o.startDate())));
                })
            .filter(r -> r.fit().eligible())
            .sorted(
                Comparator.comparingDouble((Recommendation r) -> -r.fit().score())
                    .thenComparingDouble(r -> r.fit().distanceKm())
                    .thenComparing(r -> r.offer().id()))
            .toList();
    return page.page(
        ranked.stream().skip(page.offset()).limit(page.size()).toList(), ranked.size());
  }

  private static void requireApprentice(Caller caller) {
    caller.requireAuthenticated();
    if (!caller.has(Role.APPRENTICE)) {
      throw DomainException.forbidden("forbidden.matching.apprentice-only");
    }
  }
}
