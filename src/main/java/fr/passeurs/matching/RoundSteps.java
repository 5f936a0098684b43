package fr.passeurs.matching;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.core.Explanation;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.matching.core.MatchingInstance;
import fr.passeurs.matching.core.MatchingResult;
import fr.passeurs.matching.core.TieBreak;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.Notices;
import fr.passeurs.platform.persistence.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The work of a round, each step in a transaction of its own: read its input, save its result
 * (every outcome, every proposed place, every notice, or nothing), or record why it failed.
 */
@ApplicationScoped
public class RoundSteps {

  /** Rows written between two flushes while saving. */
  static final int CHUNK = 1000;

  /**
   * Builds the explanations and the input's record. Made once: each {@code Json.create…} call looks
   * the JSON provider up again through the class path, and a round builds a hundred thousand.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private KnowHowService knowHow;
  @Inject private AccountService accounts;
  @Inject private RoundProgress progress;
  @Inject private MatchNotices matchNotices;
  @Inject private Event<Notices> notices;

  /** What a round read, numbered for the algorithm. */
  public record Input(
      String roundId,
      long seed,
      List<String> offerIds,
      List<String> offerTitles,
      List<String> masterIds,
      boolean[] rare,
      int[] places,
      List<String> apprenticeIds,
      MatchingInstance instance) {}

  /**
   * Reads the open offers of the round's scope with free places, and the apprentices who applied to
   * them and hold no place yet; turns each master's ranking into a strict order (ties and the
   * unranked by fit, distance, then the round's lottery).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Input load(String roundId) {
    // Nothing is written here: no query needs what was read to be flushed first (else each of them
    // would compare every profile, account and offer read so far with its backup copy).
    em.setFlushMode(FlushModeType.COMMIT);
    MatchingRound round = em.find(MatchingRound.class, roundId);
    List<ApprenticeshipOffer> open = openWithFreePlaces(round.manufactureId());
    Map<String, Integer> offerIndex = new HashMap<>();
    for (int i = 0; i < open.size(); i++) {
      offerIndex.put(open.get(i).id(), i);
    }
    Set<String> placed =
        new HashSet<>(
            em.createQuery(
                    "SELECT m.apprenticeId FROM Match m WHERE m.status IN :held", String.class)
                .setParameter("held", List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED))
                .getResultList());
    // Every profile, and each of their collections in one more query joined to the profiles: a
    // profile without applications is left out below, as are those whose applications are all to
    // offers out of the round. (Filtering them here would cost the database a subquery per row of
    // each collection; IN lists of profiles, a comparison per id per row on H2.)
    List<ApprenticeProfile> profiles =
        em
            .createQuery(
                "SELECT p FROM ApprenticeProfile p ORDER BY p.apprenticeId",
                ApprenticeProfile.class)
            // only read: not tracked for changes, no copy of each kept for the commit
            .setHint("eclipselink.read-only", "true")
            .setHint("eclipselink.batch.type", "JOIN")
            .setHint("eclipselink.batch", "p.choices")
            .setHint("eclipselink.batch", "p.craftCodes")
            .setHint("eclipselink.batch", "p.knowHowIds")
            .getResultList()
            .stream()
            .filter(p -> !placed.contains(p.apprenticeId()))
            .toList();
    Map<String, Map<String, RankingEntry>> words = rankings(round.manufactureId());
    Map<String, KnowHowSummary> entries =
        knowHow.summaries(
            open.stream().map(ApprenticeshipOffer::knowHowId).collect(Collectors.toSet()));

    MatchingInstance.Builder builder = MatchingInstance.builder();
    List<ApprenticeProfile> applicants = new ArrayList<>();
    List<int[]> choices = new ArrayList<>();
    for (ApprenticeProfile profile : profiles) {
      int[] mine =
          profile.choices().stream()
              .filter(offerIndex::containsKey)
              .mapToInt(offerIndex::get)
              .toArray();
      if (mine.length > 0) {
        builder.addApprentice(mine);
        applicants.add(profile);
        choices.add(mine);
      }
    }
    // Only an offer with a minimum age needs its applicants' birth dates.
    Set<String> ageChecked = new HashSet<>();
    for (int a = 0; a < applicants.size(); a++) {
      for (int o : choices.get(a)) {
        if (open.get(o).minimumAge() != null) {
          ageChecked.add(applicants.get(a).apprenticeId());
          break;
        }
      }
    }
    Map<String, AccountSummary> people = accounts.summaries(ageChecked);
    TieBreak tieBreak = new TieBreak(round.seed(), applicants.size());
    List<List<TieBreak.Application>> applications = new ArrayList<>();
    open.forEach(o -> applications.add(new ArrayList<>()));
    for (int a = 0; a < applicants.size(); a++) {
      ApprenticeProfile profile = applicants.get(a);
      AccountSummary person = people.get(profile.apprenticeId());
      for (int o : choices.get(a)) {
        ApprenticeshipOffer offer = open.get(o);
        RankingEntry word = words.getOrDefault(offer.id(), Map.of()).get(profile.apprenticeId());
        Fit fit =
            Fit.of(
                profile.seeker(),
                offer.terms(),
                entries.get(offer.knowHowId()),
                person == null ? null : person.ageOn(offer.startDate()));
        double distance = fit.distanceKm() < 1e6 ? fit.distanceKm() : 1e6;
        applications
            .get(o)
            .add(
                word == null
                    ? TieBreak.Application.unranked(a, fit.score(), distance)
                    : word.unacceptable()
                        ? TieBreak.Application.refused(a)
                        : TieBreak.Application.ranked(a, word.priority(), fit.score(), distance));
      }
    }
    boolean[] rare = new boolean[open.size()];
    int[] places = new int[open.size()];
    for (int o = 0; o < open.size(); o++) {
      ApprenticeshipOffer offer = open.get(o);
      places[o] = offer.freePlaces();
      builder.addOffer(places[o], tieBreak.order(applications.get(o)));
      KnowHowSummary entry = entries.get(offer.knowHowId());
      rare[o] = entry != null && entry.rarity().isRare();
    }
    return new Input(
        roundId,
        round.seed(),
        open.stream().map(ApprenticeshipOffer::id).toList(),
        open.stream().map(ApprenticeshipOffer::title).toList(),
        open.stream().map(ApprenticeshipOffer::masterId).toList(),
        rare,
        places,
        applicants.stream().map(ApprenticeProfile::apprenticeId).toList(),
        builder.build());
  }

  /**
   * The open offers of a scope that have a free place, by id: only read, without their milestones
   * (which a round does not use).
   */
  private List<ApprenticeshipOffer> openWithFreePlaces(String manufactureId) {
    TypedQuery<ApprenticeshipOffer> query =
        em.createQuery(
                "SELECT o FROM ApprenticeshipOffer o WHERE o.status = :open"
                    + " AND o.places > o.placesHeld"
                    + (manufactureId == null ? "" : " AND o.manufactureId = :m")
                    + " ORDER BY o.id",
                ApprenticeshipOffer.class)
            .setParameter("open", OfferStatus.OPEN)
            .setHint("eclipselink.read-only", "true");
    if (manufactureId != null) {
      query.setParameter("m", manufactureId);
    }
    return query.getResultList();
  }

  /** The masters' words on their applicants, for the open offers of a scope, in one query. */
  private Map<String, Map<String, RankingEntry>> rankings(String manufactureId) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT o.id, r.apprenticeId, r.priority, r.unacceptable FROM ApprenticeshipOffer o"
                    + " JOIN o.ranking r WHERE o.status = :open"
                    + (manufactureId == null ? "" : " AND o.manufactureId = :m"),
                Object[].class)
            .setParameter("open", OfferStatus.OPEN);
    if (manufactureId != null) {
      query.setParameter("m", manufactureId);
    }
    List<Object[]> rows = query.getResultList();
    Map<String, Map<String, RankingEntry>> words = new HashMap<>();
    for (Object[] row : rows) {
      words
          .computeIfAbsent((String) row[0], k -> new HashMap<>())
          .put(
              (String) row[1],
              new RankingEntry((String) row[1], (Integer) row[2], (Boolean) row[3]));
    }
    return words;
  }

  /**
   * Saves a round's result, all or nothing: each applicant's outcome with its explanation, a
   * proposed place for each match (its offer's place held), a notice to each applicant and each
   * master, and the round's figures and input.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void save(Input input, MatchingResult result) {
    String roundId = input.roundId();
    MatchingInstance instance = input.instance();
    int apprentices = instance.apprenticeCount();
    int total = apprentices * 2;
    progress.set(roundId, MatchingRound.Phase.SAVING, 0, total);
    MatchingRound round = em.find(MatchingRound.class, roundId);
    hold(input, result);
    int matched = 0;
    int rareMatched = 0;
    int rarePlaces = 0;
    int places = 0;
    for (int o = 0; o < input.offerIds().size(); o++) {
      int kept = result.keptCount(o);
      places += input.places()[o];
      matched += kept;
      if (input.rare()[o]) {
        rarePlaces += input.places()[o];
        rareMatched += kept;
      }
    }
    for (int a = 0; a < apprentices; a++) {
      int o = result.offerOf(a);
      String apprenticeId = input.apprenticeIds().get(a);
      String offerId = o < 0 ? null : input.offerIds().get(o);
      em.persist(new RoundOutcome(roundId, apprenticeId, offerId, explanation(input, result, a)));
      if (offerId != null) {
        em.persist(new Match(roundId, offerId, apprenticeId, round.respondBy(), clock.instant()));
      }
      if ((a + 1) % CHUNK == 0) {
        em.flush();
        em.clear();
        round = em.find(MatchingRound.class, roundId);
        progress.set(roundId, MatchingRound.Phase.SAVING, a + 1, total);
      }
    }
    em.flush();
    progress.set(roundId, MatchingRound.Phase.NOTIFYING, apprentices, total);
    List<Notice> told = new ArrayList<>(CHUNK);
    for (int a = 0; a < apprentices; a++) {
      int o = result.offerOf(a);
      told.add(
          o < 0
              ? matchNotices.unmatched(input.apprenticeIds().get(a), roundId)
              : matchNotices.proposed(
                  input.apprenticeIds().get(a), input.offerTitles().get(o), round.respondBy()));
      if (told.size() == CHUNK || a == apprentices - 1) {
        notices.fire(new Notices(told));
        told.clear();
        em.flush();
        em.clear();
        round = em.find(MatchingRound.class, roundId);
        progress.set(roundId, MatchingRound.Phase.NOTIFYING, apprentices + a + 1, total);
      }
    }
    for (int o = 0; o < input.offerIds().size(); o++) {
      if (result.keptCount(o) > 0) {
        told.add(
            matchNotices.toMaster(
                input.masterIds().get(o), input.offerTitles().get(o), result.keptCount(o)));
      }
    }
    notices.fire(new Notices(told));
    // every notice is out: whoever sees the round done sees its progress complete
    progress.set(roundId, MatchingRound.Phase.NOTIFYING, total, total);
    round.finish(
        new MatchingRound.RoundFigures(
            apprentices, input.offerIds().size(), places, matched, rarePlaces, rareMatched),
        inputJson(input),
        clock.instant());
    RoundLock lock = em.find(RoundLock.class, round.scope());
    if (lock != null) {
      em.remove(lock);
    }
    // finished with the round itself, in its transaction: nobody sees one without the other
    RoundProgress.Row finished = em.find(RoundProgress.Row.class, roundId);
    if (finished != null) {
      finished.move(MatchingRound.Phase.FINISHED, total, total);
    }
  }

  /**
   * Holds the places the round kept on its offers. The offers are locked first, in the order of
   * their ids as every round and every answer locks them, a hundred per query (H2 compares each row
   * with every value of an IN list); then their places are held by one guarded update per number of
   * places kept and hundred offers, instead of reading and tracking each offer with its milestones
   * and ranking. An offer closed, or whose free places went below what the round kept while it ran,
   * is not updated: the round then fails and saves nothing, and the check on {@code places_held}
   * stands behind it.
   */
  private void hold(Input input, MatchingResult result) {
    List<String> sorted = input.offerIds().stream().sorted().toList();
    for (List<String> chunk : InLists.of(sorted)) {
      Query lock =
          em.createNativeQuery(
              "SELECT id FROM apprenticeship_offer WHERE id IN ("
                  + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                  + ") ORDER BY id FOR UPDATE");
      for (int i = 0; i < chunk.size(); i++) {
        lock.setParameter(i + 1, chunk.get(i));
      }
      lock.getResultList();
    }
    Map<Integer, List<String>> byKept = new TreeMap<>();
    for (int o = 0; o < input.offerIds().size(); o++) {
      int kept = result.keptCount(o);
      if (kept > 0) {
        byKept.computeIfAbsent(kept, k -> new ArrayList<>()).add(input.offerIds().get(o));
      }
    }
    for (Map.Entry<Integer, List<String>> group : byKept.entrySet()) {
      for (List<String> chunk : InLists.of(group.getValue())) {
        List<String> changed =
            em.createQuery(
                    "SELECT o.title FROM ApprenticeshipOffer o WHERE o.id IN :ids"
                        + " AND (o.status <> :open OR o.places - o.placesHeld < :kept)"
                        + " ORDER BY o.title",
                    String.class)
                .setParameter("ids", chunk)
                .setParameter("open", OfferStatus.OPEN)
                .setParameter("kept", group.getKey())
                .getResultList();
        int held =
            changed.isEmpty()
                ? em.createQuery(
                        "UPDATE ApprenticeshipOffer o SET o.placesHeld = o.placesHeld + :kept,"
                            + " o.version = o.version + 1 WHERE o.id IN :ids")
                    .setParameter("kept", group.getKey())
                    .setParameter("ids", chunk)
                    .executeUpdate()
                : 0;
        if (held != chunk.size()) {
          throw DomainException.conflict("round-offers-changed", "problem.round-offers-changed");
        }
      }
    }
  }

  /** A round that failed says why and frees its scope; nothing of its result was saved. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(String roundId, String reason) {
    MatchingRound round = em.find(MatchingRound.class, roundId);
    if (round == null) {
      return;
    }
    round.fail(reason, clock.instant());
    RoundLock lock = em.find(RoundLock.class, round.scope());
    if (lock != null && lock.roundId().equals(roundId)) {
      em.remove(lock);
    }
  }

  /** Why an applicant got what they got, as JSON: each offer they preferred, and why not. */
  static String explanation(Input input, MatchingResult result, int apprentice) {
    Explanation why = result.explain(apprentice);
    JsonArrayBuilder preferred = JSON.createArrayBuilder();
    for (Explanation.PreferredOffer p : why.preferred()) {
      preferred.add(
          JSON.createObjectBuilder()
              .add("offerId", input.offerIds().get(p.offer()))
              .add("title", input.offerTitles().get(p.offer()))
              .add("choice", p.choice() + 1)
              .add(
                  "reason",
                  p.unacceptable()
                      ? "NOT_ACCEPTED_BY_MASTER"
                      : p.placesWentToHigherPriority()
                          ? "PLACES_WENT_TO_HIGHER_RANKED"
                          : "NOT_KEPT")
              .add("places", p.places()));
    }
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (why.matched()) {
      json.add("offerId", input.offerIds().get(why.offer()))
          .add("title", input.offerTitles().get(why.offer()))
          .add("choice", result.choiceOf(apprentice) + 1);
    }
    return json.add("preferred", preferred).build().toString();
  }

  /**
   * The round's input as it was read, enough to run it again: the applicants and the offers
   * numbered once by their ids, then each offer's places and priority order and each applicant's
   * choices as those numbers (a tenth of the size with every id written out at each mention).
   */
  static String inputJson(Input input) {
    MatchingInstance instance = input.instance();
    JsonArrayBuilder apprenticeIds = JSON.createArrayBuilder();
    input.apprenticeIds().forEach(apprenticeIds::add);
    JsonArrayBuilder offerArray = JSON.createArrayBuilder();
    for (int o = 0; o < instance.offerCount(); o++) {
      JsonArrayBuilder order = JSON.createArrayBuilder();
      for (int a : instance.priorities(o)) {
        order.add(a);
      }
      offerArray.add(
          JSON.createObjectBuilder()
              .add("id", input.offerIds().get(o))
              .add("places", instance.places(o))
              .add("priority", order));
    }
    JsonArrayBuilder choices = JSON.createArrayBuilder();
    for (int a = 0; a < instance.apprenticeCount(); a++) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      for (int o : instance.preferences(a)) {
        list.add(o);
      }
      choices.add(list);
    }
    return JSON.createObjectBuilder()
        .add("seed", input.seed())
        .add("tieBreak", "master's ranks, then fit, then distance, then lottery(seed)")
        .add("apprentices", apprenticeIds)
        .add("offers", offerArray)
        .add("choices", choices)
        .build()
        .toString();
  }
}
