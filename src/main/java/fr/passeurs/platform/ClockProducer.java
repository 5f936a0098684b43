package fr.passeurs.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now". Tests replace it to control time. */
@ApplicationScoped
public class ClockProducer {

  /** Times are shown to people in this zone; they are stored in UTC. */
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
