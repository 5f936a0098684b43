package fr.passeurs.matching.api;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.ApplicantService;
import fr.passeurs.matching.ApplicantService.Recommendation;
import fr.passeurs.matching.ApprenticeProfile;
import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.ApprenticeshipOfferService;
import fr.passeurs.matching.ApprenticeshipOfferService.Applicant;
import fr.passeurs.matching.Match;
import fr.passeurs.matching.MatchService;
import fr.passeurs.matching.MatchingRound;
import fr.passeurs.matching.MatchingRoundService;
import fr.passeurs.matching.OfferStatus;
import fr.passeurs.matching.RoundProgress;
import fr.passeurs.matching.RoundRunner;
import fr.passeurs.matching.api.MatchingViews.ApplicantView;
import fr.passeurs.matching.api.MatchingViews.ApplicationsRequest;
import fr.passeurs.matching.api.MatchingViews.ApprenticeProfileRequest;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipView;
import fr.passeurs.matching.api.MatchingViews.MatchPerson;
import fr.passeurs.matching.api.MatchingViews.MatchView;
import fr.passeurs.matching.api.MatchingViews.OutcomeView;
import fr.passeurs.matching.api.MatchingViews.ProfileView;
import fr.passeurs.matching.api.MatchingViews.RankingRequest;
import fr.passeurs.matching.api.MatchingViews.ReasonView;
import fr.passeurs.matching.api.MatchingViews.RecommendationView;
import fr.passeurs.matching.api.MatchingViews.RoundRequest;
import fr.passeurs.matching.api.MatchingViews.RoundView;
import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Apprenticeships as the API and the pages both use them: offers, profiles, applications,
 * recommendations, rankings, matching rounds, proposed places and apprenticeships. The requests of
 * {@link MatchingViews} in, its read models out; the entities stay here.
 */
@ApplicationScoped
public class MatchingReads {

  @Inject private ApprenticeshipOfferService offers;
  @Inject private ApplicantService applicants;
  @Inject private MatchService matches;
  @Inject private MatchingRoundService rounds;
  @Inject private RoundRunner runner;
  @Inject private RoundProgress progress;
  @Inject private KnowHowService knowHow;
  @Inject private AccountService accounts;

  // --- Offers ----------------------------------------------------------------------------------

  /** Offers of a manufacture or a master (each may be null), in a status or any (null). */
  public Page<ApprenticeshipOfferView> offers(
      String manufactureId, String masterId, OfferStatus status, String words, PageRequest page) {
    Page<ApprenticeshipOffer> found = offers.list(manufactureId, masterId, status, words, page);
    return new Page<>(offerViews(found.items()), found.total(), found.page(), found.size());
  }

  /** The open offers of a manufacture, or of the whole network (null). */
  public List<ApprenticeshipOfferView> openOffers(String manufactureId) {
    return offerViews(offers.open(manufactureId));
  }

  /** An offer. */
  public ApprenticeshipOfferView offer(String id) {
    return offerView(offers.get(id));
  }

  /** A master publishes an offer for a know-how they hold. */
  public ApprenticeshipOfferView publish(Caller caller, ApprenticeshipOfferRequest request) {
    return offerView(offers.publish(caller, request.toTerms()));
  }

  /** Its master rewrites an offer, refused if it changed since the version they edited. */
  public ApprenticeshipOfferView revise(
      Caller caller, String id, ApprenticeshipOfferRequest request) {
    return offerView(offers.revise(caller, id, request.toTerms(), request.version()));
  }

  /** Closes an offer: no new applications. */
  public ApprenticeshipOfferView close(Caller caller, String id) {
    return offerView(offers.close(caller, id));
  }

  /**
   * The applicants to an offer, in the master's order, each with the place a round proposed them
   * (its master, its manufacture's managers).
   */
  public List<ApplicantView> applicants(Caller caller, String offerId) {
    List<Applicant> found = offers.applicants(caller, offerId);
    Map<String, Match> latest = new HashMap<>();
    for (Match m : matches.ofOffer(caller, offerId)) {
      latest.putIfAbsent(m.apprenticeId(), m);
    }
    return found.stream()
        .map(a -> applicantView(a, latest.get(a.profile().apprenticeId())))
        .toList();
  }

  /** The master ranks the applicants of their offer: priorities, and those not acceptable. */
  public List<ApplicantView> rank(Caller caller, String offerId, RankingRequest ranking) {
    Input input = new Input();
    Map<String, Integer> priorities = new LinkedHashMap<>();
    if (ranking.ranked() != null) {
      for (RankingRequest.Ranked r : ranking.ranked()) {
        input.check(
            r != null && !Input.isBlank(r.apprenticeId()) && r.priority() != null,
            "ranked",
            "invalid.ranking.entry");
        if (r != null && r.apprenticeId() != null) {
          input.check(
              priorities.put(r.apprenticeId(), r.priority()) == null,
              "ranked",
              "invalid.ranking.duplicate");
        }
      }
    }
    Set<String> unacceptable =
        ranking.unacceptable() == null ? Set.of() : new HashSet<>(ranking.unacceptable());
    input.throwIfInvalid();
    offers.rank(caller, offerId, priorities, unacceptable);
    return applicants(caller, offerId);
  }

  // --- Apprentices -----------------------------------------------------------------------------

  /** The apprentice's profile, if they wrote one. */
  public Optional<ProfileView> profile(Caller caller) {
    return applicants.profile(caller).map(ProfileView::of);
  }

  /** The apprentice writes or rewrites their profile. */
  public ProfileView describeProfile(Caller caller, ApprenticeProfileRequest given) {
    Input input = new Input();
    GeoPoint home = null;
    if (!Input.isBlank(given.home())) {
      home = GeoPoint.parse(given.home());
      input.check(home != null, "home", "invalid.near");
    }
    input.check(given.travelKm() != null, "travelKm", "invalid.required");
    ApprenticeLevel level = input.enumValue("level", given.level(), ApprenticeLevel.class);
    input.throwIfInvalid();
    return ProfileView.of(
        applicants.describe(
            caller,
            new ApprenticeProfile.Details(
                given.craftCodes() == null ? Set.of() : Set.copyOf(given.craftCodes()),
                given.knowHowIds() == null ? Set.of() : Set.copyOf(given.knowHowIds()),
                given.homeCity(),
                home,
                given.travelKm(),
                given.availableFrom(),
                level,
                given.experience(),
                given.motivation())));
  }

  /** The offers the apprentice applied to, most wished first. */
  public List<ApprenticeshipOfferView> applications(Caller caller) {
    List<String> ids = applicants.profile(caller).map(p -> p.choices()).orElse(List.of());
    return offerViews(ids.stream().map(offers::get).toList());
  }

  /** The apprentice's ranked applications, replaced as a whole. */
  public List<ApprenticeshipOfferView> apply(Caller caller, ApplicationsRequest request) {
    if (request.offerIds() == null) {
      throw DomainException.invalid("offerIds", "invalid.applications.list");
    }
    applicants.apply(caller, request.offerIds());
    return applications(caller);
  }

  /** The offers that suit the apprentice, best fit first, each with why in {@code language}. */
  public Page<RecommendationView> recommended(Caller caller, PageRequest page, Locale language) {
    Page<Recommendation> found = applicants.recommended(caller, page);
    Map<String, AccountSummary> masters =
        accounts.summaries(
            found.items().stream().map(r -> r.offer().masterId()).collect(Collectors.toSet()));
    List<RecommendationView> views =
        found.items().stream()
            .map(
                r ->
                    new RecommendationView(
                        ApprenticeshipOfferView.of(
                            r.offer(), r.knowHow(), masters.get(r.offer().masterId())),
                        Math.round(r.fit().score() * 10) / 10.0,
                        Math.round(r.fit().distanceKm() * 10) / 10.0,
                        r.fit().reasons().stream()
                            .map(reason -> ReasonView.of(reason, language))
                            .toList()))
            .toList();
    return new Page<>(views, found.total(), found.page(), found.size());
  }

  // --- Places and apprenticeships ----------------------------------------------------------------

  /** The places rounds proposed to the apprentice, newest first. */
  public List<MatchView> matches(Caller caller) {
    return matches.mine(caller).stream().map(MatchView::of).toList();
  }

  /** The places rounds proposed on the master's offers. */
  public List<MatchView> matchesOnMyOffers(Caller caller) {
    return matches.onOffersOf(caller).stream().map(MatchView::of).toList();
  }

  /** The apprentice's outcome in their last round, explained. */
  public Optional<OutcomeView> outcome(Caller caller) {
    return matches
        .lastOutcome(caller)
        .map(
            o ->
                new OutcomeView(
                    o.roundId(),
                    o.offerId(),
                    Json.createReader(new StringReader(o.explanation())).readObject()));
  }

  /** The apprentice accepts a proposed place: the apprenticeship begins. */
  public ApprenticeshipView accept(Caller caller, String matchId) {
    return ApprenticeshipView.of(matches.accept(caller, matchId));
  }

  /** The apprentice declines a proposed place. */
  public MatchView decline(Caller caller, String matchId) {
    return MatchView.of(matches.decline(caller, matchId));
  }

  /** The caller's apprenticeships, as master or apprentice. */
  public List<ApprenticeshipView> apprenticeships(Caller caller) {
    return matches.apprenticeships(caller).stream().map(ApprenticeshipView::of).toList();
  }

  /** The master marks a milestone of an apprenticeship reached (0 is the first). */
  public ApprenticeshipView reach(Caller caller, String apprenticeshipId, int milestone) {
    return ApprenticeshipView.of(matches.reach(caller, apprenticeshipId, milestone));
  }

  // --- Rounds ----------------------------------------------------------------------------------

  /**
   * Starts a round over a manufacture's offers (a manager: theirs by default) or the whole
   * network's (the admin, none named), and hands it to the background runner.
   */
  public RoundView start(Caller caller, RoundRequest request, Locale language) {
    RoundRequest given = request == null ? new RoundRequest(null, null) : request;
    String scope =
        Input.isBlank(given.manufactureId())
            ? (caller.isAdmin() ? null : caller.manufactureId())
            : given.manufactureId().trim();
    MatchingRound round = rounds.start(caller, scope, given.seed());
    runner.submit(round.id());
    return roundView(round, language);
  }

  /** A round, its progress and figures. */
  public RoundView round(Caller caller, String id, Locale language) {
    return roundView(rounds.get(caller, id), language);
  }

  /** The rounds the caller may follow, newest first. */
  public List<RoundView> rounds(Caller caller, Locale language) {
    return rounds.list(caller).stream().map(r -> roundView(r, language)).toList();
  }

  private RoundView roundView(MatchingRound round, Locale language) {
    return RoundView.of(round, progress.of(round.id()), language);
  }

  private ApprenticeshipOfferView offerView(ApprenticeshipOffer offer) {
    return offerViews(List.of(offer)).get(0);
  }

  /** Offers with their know-how and master: two queries for a whole list. */
  private List<ApprenticeshipOfferView> offerViews(List<ApprenticeshipOffer> found) {
    Map<String, KnowHowSummary> entries =
        knowHow.summaries(
            found.stream().map(ApprenticeshipOffer::knowHowId).collect(Collectors.toSet()));
    Map<String, AccountSummary> masters =
        accounts.summaries(
            found.stream().map(ApprenticeshipOffer::masterId).collect(Collectors.toSet()));
    return found.stream()
        .map(
            o ->
                ApprenticeshipOfferView.of(
                    o, entries.get(o.knowHowId()), masters.get(o.masterId())))
        .toList();
  }

  private static ApplicantView applicantView(Applicant a, Match proposal) {
    return new ApplicantView(
        MatchPerson.of(a.apprentice()),
        a.profile().level().name(),
        a.profile().homeCity(),
        Math.round(a.fit().distanceKm() * 10) / 10.0,
        Math.round(a.fit().score() * 10) / 10.0,
        a.profile().motivation(),
        a.profile().experience(),
        a.ranking() == null ? null : a.ranking().priority(),
        a.ranking() != null && a.ranking().unacceptable(),
        proposal == null ? null : proposal.status().name(),
        proposal == null ? null : proposal.respondBy());
  }
}
