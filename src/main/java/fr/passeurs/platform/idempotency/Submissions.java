package fr.passeurs.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Requests that do their work once however often they are sent: an API call with an {@code
 * Idempotency-Key}, a page's form with its token. The first sending is recorded as running, then
 * with what it answered; the same key within a day gets that answer again. Kept in the database, so
 * that every instance of a cluster knows it.
 */
@ApplicationScoped
public class Submissions {

  /** How long an answer is kept for the same key. */
  public static final Duration KEPT = Duration.ofHours(24);

  /** A first sending still running after this long is taken for dead (its server stopped). */
  static final Duration ABANDONED = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Submissions self;

  private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.EPOCH);

  /** What the first sending answered. */
  public record Outcome(int status, String contentType, String location, String body) {}

  /** Where a sending stands. */
  public sealed interface Start {}

  /** The first: do the work, then {@link #finish} or {@link #abandon}. */
  public record First() implements Start {}

  /** Sent before and answered: answer the same. */
  public record Repeated(Outcome outcome) implements Start {}

  /** Sent before and still running. */
  public record Running() implements Start {}

  /** The same key sent before with another request. */
  public record Mismatch() implements Start {}

  /** Records the sending under its key unless it was sent before; says which. */
  public Start begin(String keyHash, String requestHash) {
    forgetOldOnesNowAndThen();
    try {
      return self.tryBegin(keyHash, requestHash);
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      // the same key recorded at the same moment by another request: that one is running
      return new Running();
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Start tryBegin(String keyHash, String requestHash) {
    Instant now = clock.instant();
    Submission found = em.find(Submission.class, keyHash);
    if (found != null) {
      boolean expired = found.createdAt().isBefore(now.minus(KEPT));
      boolean dead =
          found.state() == Submission.State.RUNNING
              && found.createdAt().isBefore(now.minus(ABANDONED));
      if (!expired && !dead) {
        if (!found.requestHash().equals(requestHash)) {
          return new Mismatch();
        }
        return found.state() == Submission.State.DONE
            ? new Repeated(found.outcome())
            : new Running();
      }
      em.remove(found);
      em.flush();
    }
    em.persist(new Submission(keyHash, requestHash, now));
    em.flush();
    return new First();
  }

  /** The answer of a first sending, kept for those that follow. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(String keyHash, Outcome outcome) {
    Submission found = em.find(Submission.class, keyHash);
    if (found != null) {
      found.done(outcome.status(), outcome.contentType(), outcome.location(), outcome.body());
    }
  }

  /** A first sending that did nothing worth keeping (it failed): the key may be sent again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void abandon(String keyHash) {
    em.createQuery("DELETE FROM Submission s WHERE s.keyHash = :key")
        .setParameter("key", keyHash)
        .executeUpdate();
  }

  /** The answer kept for a key, once its first sending is done. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome outcomeOf(String keyHash) {
    Submission found = em.find(Submission.class, keyHash);
    return found == null || found.state() != Submission.State.DONE ? null : found.outcome();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetOld() {
    return em.createQuery("DELETE FROM Submission s WHERE s.createdAt < :before")
        .setParameter("before", clock.instant().minus(KEPT))
        .executeUpdate();
  }

  private void forgetOldOnesNowAndThen() {
    Instant now = clock.instant();
    Instant last = lastForgotten.get();
    if (now.isAfter(last.plus(Duration.ofHours(1))) && lastForgotten.compareAndSet(last, now)) {
      self.forgetOld();
    }
  }

  /** A SHA-256 digest, in hexadecimal, of these parts. */
  public static String digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
