package fr.passeurs.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules that slow down password guessing, on the failures recorded for one key: an account
 * tried from one address, or an address whatever the account. Keyed so that nobody can lock someone
 * else out: guessing someone's password from elsewhere slows down only that other place.
 *
 * <ul>
 *   <li>An account from one address: after {@value #PAIR_SLOW_AFTER} failures within {@link
 *       #WINDOW}, each next attempt must wait 1 s after the last failure, then 2, 4… up to {@link
 *       #LONGEST_WAIT}; after {@value #PAIR_BLOCK_AFTER}, the pair is blocked for {@link #BLOCK}. A
 *       successful login forgets the pair.
 *   <li>An address: after {@value #ADDRESS_BLOCK_AFTER} failures within {@link #WINDOW}, it is
 *       blocked for {@link #BLOCK}.
 * </ul>
 */
public final class ThrottlePolicy {

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration BLOCK = Duration.ofMinutes(15);
  public static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
  public static final int PAIR_SLOW_AFTER = 5;
  public static final int PAIR_BLOCK_AFTER = 20;
  public static final int ADDRESS_BLOCK_AFTER = 100;

  private ThrottlePolicy() {}

  /** The failures recorded for one key, or none. */
  public record Failures(int count, Instant first, Instant last, Instant blockedUntil) {

    public static final Failures NONE = new Failures(0, null, null, null);

    /** Still counting: the window since the first failure is open, or a block runs. */
    boolean current(Instant now) {
      return count > 0
          && (now.isBefore(first.plus(WINDOW))
              || (blockedUntil != null && now.isBefore(blockedUntil)));
    }

    /** The failures once one more happens now; blocked from {@code blockAfter} failures. */
    public Failures plusOne(Instant now, int blockAfter) {
      Failures base = current(now) ? this : NONE;
      int count = base.count + 1;
      Instant blocked =
          count >= blockAfter ? now.plus(BLOCK) : (base.count == 0 ? null : base.blockedUntil);
      return new Failures(count, base.count == 0 ? now : base.first, now, blocked);
    }
  }

  /**
   * When this pair may try again, or null if it may now: the later of the pair's block or wait and
   * the address's block.
   */
  public static Instant heldUntil(Failures pair, Failures address, Instant now) {
    Instant until = null;
    if (pair.current(now)) {
      if (pair.blockedUntil() != null && now.isBefore(pair.blockedUntil())) {
        until = pair.blockedUntil();
      } else if (pair.count() >= PAIR_SLOW_AFTER) {
        Instant next = pair.last().plus(waitAfter(pair.count()));
        until = now.isBefore(next) ? next : null;
      }
    }
    if (address.current(now)
        && address.blockedUntil() != null
        && now.isBefore(address.blockedUntil())) {
      until =
          until == null || address.blockedUntil().isAfter(until) ? address.blockedUntil() : until;
    }
    return until;
  }

  /** The wait after so many failures of a pair: 1 s after the fifth, doubling, at most 30 s. */
  static Duration waitAfter(int failures) {
    if (failures < PAIR_SLOW_AFTER) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - PAIR_SLOW_AFTER, 5);
    Duration wait = Duration.ofSeconds(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
