package fr.passeurs.matching;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.persistence.Found;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Use cases of matching rounds: a manager starts one over the offers of their manufacture, the
 * admin over one manufacture's or the whole platform's; it runs in the background (see {@link
 * RoundRunner}) while anyone allowed follows its progress. One round at a time per scope.
 */
@ApplicationScoped
@Transactional
public class MatchingRoundService {

  private static final SecureRandom SEEDS = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private RoundProgress progress;

  @Inject
  @ConfigProperty(name = "passeurs.matching.respond-within-days", defaultValue = "14")
  long respondWithinDays;

  /**
   * Starts a round (RUNNING, QUEUED): the caller then hands it to the runner, after this
   * transaction has committed. {@code seed} may be given to reproduce a round; else it is drawn.
   */
  public MatchingRound start(Caller caller, String manufactureId, Long seed) {
    caller.requireAuthenticated();
    if (manufactureId == null ? !caller.isAdmin() : !caller.mayRun(manufactureId)) {
      throw DomainException.forbidden("forbidden.round.run");
    }
    MatchingRound round =
        new MatchingRound(
            manufactureId,
            seed == null ? SEEDS.nextLong() : seed,
            caller.accountId() == null ? "system" : caller.accountId(),
            clock.instant().plus(Duration.ofDays(respondWithinDays)),
            clock.instant());
    em.persist(round);
    progress.begin(round.id());
    try {
      em.persist(new RoundLock(round.scope(), round.id()));
      em.flush();
    } catch (PersistenceException e) {
      throw DomainException.conflict("round-running", "problem.round-running");
    }
    return round;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public MatchingRound get(Caller caller, String id) {
    MatchingRound round = Found.or404(em, MatchingRound.class, id, "matching-round");
    if (!caller.isAdmin()
        && !(round.manufactureId() != null && caller.isManagerOf(round.manufactureId()))) {
      throw DomainException.forbidden("forbidden.round.follow");
    }
    return round;
  }

  /** The rounds a manager (their manufacture's) or the admin (all) may follow, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MatchingRound> list(Caller caller) {
    caller.requireAuthenticated();
    if (caller.isAdmin()) {
      return em.createQuery(
              "SELECT r FROM MatchingRound r ORDER BY r.startedAt DESC", MatchingRound.class)
          .setMaxResults(100)
          .getResultList();
    }
    if (!caller.has(Role.MANAGER) || caller.manufactureId() == null) {
      throw DomainException.forbidden("forbidden.round.list");
    }
    return em.createQuery(
            "SELECT r FROM MatchingRound r WHERE r.manufactureId = :m ORDER BY r.startedAt DESC",
            MatchingRound.class)
        .setParameter("m", caller.manufactureId())
        .setMaxResults(100)
        .getResultList();
  }
}
