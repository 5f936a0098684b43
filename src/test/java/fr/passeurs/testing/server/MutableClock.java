package fr.passeurs.testing.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock moved by an offset the tests choose: "now" is under their control. */
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
    return Clock.offset(Clock.system(zone), offset.get());
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }
}
