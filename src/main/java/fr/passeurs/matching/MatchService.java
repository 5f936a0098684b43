package fr.passeurs.matching;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.persistence.Found;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Use cases after a round: an apprentice accepts the proposed place (it becomes an apprenticeship)
 * or declines it (the place is free for the next round); a place not answered in time expires the
 * same way. The master marks the milestones of the plan reached.
 */
@ApplicationScoped
@Transactional
public class MatchService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private ApprenticeshipOfferService offers;
  @Inject private MatchNotices matchNotices;
  @Inject private Event<Notice> notices;

  public Apprenticeship accept(Caller caller, String matchId) {
    Match match = lockOwn(caller, matchId);
    ApprenticeshipOffer offer = offers.lock(match.offerId());
    match.accept(clock.instant());
    Apprenticeship apprenticeship = new Apprenticeship(match, offer, clock.instant());
    em.persist(apprenticeship);
    notices.fire(matchNotices.answered(offer.masterId(), offer.title(), true));
    return apprenticeship;
  }

  public Match decline(Caller caller, String matchId) {
    Match match = lockOwn(caller, matchId);
    ApprenticeshipOffer offer = offers.lock(match.offerId());
    match.decline(clock.instant());
    offer.release();
    notices.fire(matchNotices.answered(offer.masterId(), offer.title(), false));
    return match;
  }

  /** The proposed places whose time to answer has passed. */
  // in a transaction of its own: the background jobs call it, and there an entity manager
  // without a transaction may be shared by the jobs running at the same moment, and closed under us
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> dueForExpiry() {
    return em.createQuery(
            "SELECT m.id FROM Match m WHERE m.status = :proposed AND m.respondBy <= :now",
            String.class)
        .setParameter("proposed", MatchStatus.PROPOSED)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /** Expires one unanswered place, locked and checked again: its offer's place is free again. */
  public boolean expire(String matchId) {
    Match match = em.find(Match.class, matchId, LockModeType.PESSIMISTIC_WRITE);
    if (match == null || !match.expire(clock.instant())) {
      return false;
    }
    ApprenticeshipOffer offer = offers.lock(match.offerId());
    offer.release();
    notices.fire(matchNotices.answered(offer.masterId(), offer.title(), false));
    return true;
  }

  /** An apprentice's places, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Match> mine(Caller caller) {
    caller.requireAuthenticated();
    return em.createQuery(
            "SELECT m FROM Match m WHERE m.apprenticeId = :me ORDER BY m.createdAt DESC",
            Match.class)
        .setParameter("me", caller.accountId())
        .getResultList();
  }

  /**
   * The places rounds proposed on one offer, newest first: for its master and the manufacture's
   * managers.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Match> ofOffer(Caller caller, String offerId) {
    ApprenticeshipOffer offer = offers.get(offerId);
    if (!caller.is(offer.masterId()) && !caller.mayRun(offer.manufactureId())) {
      throw DomainException.forbidden("forbidden.apprenticeship-offer.matches");
    }
    return em.createQuery(
            "SELECT m FROM Match m WHERE m.offerId = :offer ORDER BY m.createdAt DESC", Match.class)
        .setParameter("offer", offerId)
        .getResultList();
  }

  /** The places rounds proposed on a master's offers, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Match> onOffersOf(Caller caller) {
    caller.requireAuthenticated();
    return em.createQuery(
            "SELECT m FROM Match m, ApprenticeshipOffer o WHERE m.offerId = o.id"
                + " AND o.masterId = :me ORDER BY m.createdAt DESC",
            Match.class)
        .setParameter("me", caller.accountId())
        .getResultList();
  }

  /** The apprentice's outcome in the last round they took part in, with its explanation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<RoundOutcome> lastOutcome(Caller caller) {
    caller.requireAuthenticated();
    return em.createQuery(
            "SELECT o FROM RoundOutcome o, MatchingRound r WHERE o.roundId = r.id"
                + " AND o.apprenticeId = :me ORDER BY r.startedAt DESC",
            RoundOutcome.class)
        .setParameter("me", caller.accountId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The apprenticeships of a master or an apprentice, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Apprenticeship> apprenticeships(Caller caller) {
    caller.requireAuthenticated();
    return em.createQuery(
            "SELECT a FROM Apprenticeship a WHERE a.apprenticeId = :me OR a.masterId = :me"
                + " ORDER BY a.createdAt DESC",
            Apprenticeship.class)
        .setParameter("me", caller.accountId())
        .getResultList();
  }

  /** The master marks a milestone of the plan reached. */
  public Apprenticeship reach(Caller caller, String apprenticeshipId, int milestone) {
    Apprenticeship apprenticeship =
        Found.lockedOr404(em, Apprenticeship.class, apprenticeshipId, "apprenticeship");
    if (!caller.is(apprenticeship.masterId())) {
      throw DomainException.forbidden("forbidden.apprenticeship.milestones");
    }
    apprenticeship.reach(milestone, clock.instant());
    return apprenticeship;
  }

  private Match lockOwn(Caller caller, String matchId) {
    Match match =
        Ids.isWellFormed(matchId)
            ? em.find(Match.class, matchId, LockModeType.PESSIMISTIC_WRITE)
            : null;
    if (match == null || !caller.is(match.apprenticeId())) {
      throw DomainException.notFound("proposed-place", matchId);
    }
    return match;
  }
}
