package fr.passeurs.testing.server;

import fr.passeurs.platform.ClockProducer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved by an offset the tests choose: "now" is under their control. (A withZone
 * clock follows the offset as it moves, as the application's own clock does.)
 */
public final class MutableClock extends Clock {

  static final MutableClock INSTANCE = new MutableClock();

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  private MutableClock() {}

  void setOffset(Duration value) {
    offset.set(value);
  }

  Duration offset() {
    return offset.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    MutableClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  /** The tests' offset, and the application's own for a thread living in the past (the demo). */
  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get()).plus(ClockProducer.shiftOfThisThread());
  }
}
