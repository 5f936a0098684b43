package fr.passeurs.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts failed logins per account and address and per address ({@link ThrottlePolicy}), in the
 * database. Keys are SHA-256 digests: the table holds neither e-mail addresses nor IP addresses.
 */
@ApplicationScoped
public class LoginThrottle {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private LoginThrottle self;

  private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.EPOCH);

  /** Where an attempt stands before its password is checked. */
  public record Verdict(Instant heldUntil, boolean pairRecorded) {

    public boolean held() {
      return heldUntil != null;
    }
  }

  /** Whether this account may be tried from this address now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Verdict check(String email, String address) {
    String pairKey = pairKey(email, address);
    String addressKey = addressKey(address);
    Map<String, LoginFailures> found =
        em
            .createQuery("SELECT f FROM LoginFailures f WHERE f.key IN :keys", LoginFailures.class)
            .setParameter("keys", List.of(pairKey, addressKey))
            .getResultList()
            .stream()
            .collect(Collectors.toMap(LoginFailures::key, Function.identity()));
    ThrottlePolicy.Failures pair = state(found.get(pairKey));
    ThrottlePolicy.Failures from = state(found.get(addressKey));
    return new Verdict(
        ThrottlePolicy.heldUntil(pair, from, clock.instant()), found.containsKey(pairKey));
  }

  /**
   * A wrong e-mail or password from this address: counted for the pair and for the address. Now and
   * then, failures that no longer count are forgotten.
   */
  public void failed(String email, String address) {
    Instant now = clock.instant();
    count(pairKey(email, address), now, ThrottlePolicy.PAIR_BLOCK_AFTER);
    count(addressKey(address), now, ThrottlePolicy.ADDRESS_BLOCK_AFTER);
    Instant last = lastForgotten.get();
    if (now.isAfter(last.plus(ThrottlePolicy.WINDOW)) && lastForgotten.compareAndSet(last, now)) {
      self.forgetStale();
    }
  }

  /** A successful login: the pair starts again from nothing. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String email, String address) {
    em.createQuery("DELETE FROM LoginFailures f WHERE f.key = :key")
        .setParameter("key", pairKey(email, address))
        .executeUpdate();
  }

  private void count(String key, Instant now, int blockAfter) {
    try {
      self.countOnce(key, now, blockAfter);
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      // another attempt made the row at the same moment: count on it
      self.countOnce(key, now, blockAfter);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void countOnce(String key, Instant now, int blockAfter) {
    LoginFailures row = em.find(LoginFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      row = new LoginFailures(key);
      row.record(ThrottlePolicy.Failures.NONE.plusOne(now, blockAfter));
      em.persist(row);
      em.flush();
      return;
    }
    row.record(row.state().plusOne(now, blockAfter));
  }

  /** Forgets failures that no longer count. */
  @Transactional
  public int forgetStale() {
    Instant now = clock.instant();
    return em.createQuery(
            "DELETE FROM LoginFailures f WHERE f.first < :windowStart"
                + " AND (f.blockedUntil IS NULL OR f.blockedUntil < :now)")
        .setParameter("windowStart", now.minus(ThrottlePolicy.WINDOW))
        .setParameter("now", now)
        .executeUpdate();
  }

  private static ThrottlePolicy.Failures state(LoginFailures row) {
    return row == null ? ThrottlePolicy.Failures.NONE : row.state();
  }

  static String pairKey(String email, String address) {
    return SecretTokens.digest("pair\n" + email.strip().toLowerCase(Locale.ROOT) + "\n" + address);
  }

  static String addressKey(String address) {
    return SecretTokens.digest("address\n" + address);
  }
}
