package fr.passeurs.visit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rules a manufacture network sets for class visits: how many pupils one accompanying adult may
 * look after at each level, how long a host has to answer a request, and from how long before a
 * confirmed visit only a manager may cancel it.
 */
public record VisitRules(
    Map<SchoolLevel, Integer> pupilsPerAdult, Duration answerWithin, Duration cancellationLimit) {

  /**
   * Defaults: 8 pupils per adult in primary school, 12 at collège and in vocational, 15 at lycée.
   */
  public static final Map<SchoolLevel, Integer> DEFAULT_RATIOS =
      Map.of(
          SchoolLevel.PRIMARY_CYCLE_1, 8,
          SchoolLevel.PRIMARY_CYCLE_2, 8,
          SchoolLevel.PRIMARY_CYCLE_3, 8,
          SchoolLevel.COLLEGE, 12,
          SchoolLevel.LYCEE, 15,
          SchoolLevel.VOCATIONAL, 12);

  public VisitRules {
    Map<SchoolLevel, Integer> ratios = new EnumMap<>(SchoolLevel.class);
    ratios.putAll(DEFAULT_RATIOS);
    ratios.putAll(pupilsPerAdult);
    ratios
        .values()
        .forEach(
            r -> {
              if (r < 1) {
                throw new IllegalArgumentException("at least one pupil per adult");
              }
            });
    pupilsPerAdult = Map.copyOf(ratios);
    if (answerWithin.isNegative() || answerWithin.isZero() || cancellationLimit.isNegative()) {
      throw new IllegalArgumentException("the answer delay is positive, the limit not negative");
    }
  }

  public int pupilsPerAdult(SchoolLevel level) {
    return pupilsPerAdult.get(level);
  }

  /** The fewest adults who may accompany so many pupils of this level: always at least one. */
  public int adultsNeeded(SchoolLevel level, int pupils) {
    int ratio = pupilsPerAdult(level);
    return Math.max(1, (pupils + ratio - 1) / ratio);
  }
}
