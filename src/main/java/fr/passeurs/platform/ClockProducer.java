package fr.passeurs.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The one source of "now". Tests replace it to control time.
 *
 * <p>One thread may live a while in the past: {@link #livingAt} runs some work as if it were then,
 * on that thread only. The demo loads its history this way (a session held three weeks ago, its
 * register signed, a visit done), through the same rules as everything else; no request ever does.
 */
@ApplicationScoped
public class ClockProducer {

  /** Times are shown to people in this zone; they are stored in UTC. */
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final ThreadLocal<Duration> SHIFT = ThreadLocal.withInitial(() -> Duration.ZERO);

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new ShiftedClock(ZoneOffset.UTC);
  }

  /** How far this thread lives from the real time: zero but inside {@link #livingAt}. */
  public static Duration shiftOfThisThread() {
    return SHIFT.get();
  }

  /** Does the work on this thread as if it were {@code when} (time goes on from there). */
  public static <T> T livingAt(Instant when, Supplier<T> work) {
    Duration before = SHIFT.get();
    SHIFT.set(Duration.between(Instant.now(), when));
    try {
      return work.get();
    } finally {
      SHIFT.set(before);
    }
  }

  /** The system clock, moved on the threads living in the past. */
  private static final class ShiftedClock extends Clock {

    private final ZoneId zone;

    ShiftedClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new ShiftedClock(other);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(SHIFT.get());
    }
  }
}
