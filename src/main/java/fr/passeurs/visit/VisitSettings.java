package fr.passeurs.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the visit rules from configuration: {@code passeurs.visits.pupils-per-adult.<LEVEL>},
 * {@code passeurs.visits.answer-within-days} (7) and {@code
 * passeurs.visits.cancellation-limit-days} (7), or the environment variables they map to.
 */
@ApplicationScoped
public class VisitSettings {

  /** One instance for the application; a pseudo-scope, since a record cannot be proxied. */
  @Produces
  @Singleton
  VisitRules rules() {
    Config config = ConfigProvider.getConfig();
    Map<SchoolLevel, Integer> ratios = new EnumMap<>(SchoolLevel.class);
    for (SchoolLevel level : SchoolLevel.values()) {
      config
          .getOptionalValue("passeurs.visits.pupils-per-adult." + level.name(), Integer.class)
          .ifPresent(r -> ratios.put(level, r));
    }
    long answerDays =
        config.getOptionalValue("passeurs.visits.answer-within-days", Long.class).orElse(7L);
    long limitDays =
        config.getOptionalValue("passeurs.visits.cancellation-limit-days", Long.class).orElse(7L);
    return new VisitRules(ratios, Duration.ofDays(answerDays), Duration.ofDays(limitDays));
  }
}
