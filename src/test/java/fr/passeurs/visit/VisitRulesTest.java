package fr.passeurs.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

  private final VisitRules rules = new VisitRules(Map.of(), Duration.ofDays(7), Duration.ofDays(7));

  @Test
  void primaryPupilsNeedOneAdultPerEight() {
    assertThat(rules.adultsNeeded(SchoolLevel.PRIMARY_CYCLE_2, 8)).isEqualTo(1);
    assertThat(rules.adultsNeeded(SchoolLevel.PRIMARY_CYCLE_2, 9)).isEqualTo(2);
    assertThat(rules.adultsNeeded(SchoolLevel.PRIMARY_CYCLE_1, 25)).isEqualTo(4);
  }

  @Test
  void olderPupilsNeedFewerAdultsButAlwaysOne() {
    assertThat(rules.adultsNeeded(SchoolLevel.LYCEE, 30)).isEqualTo(2);
    assertThat(rules.adultsNeeded(SchoolLevel.COLLEGE, 1)).isEqualTo(1);
  }

  @Test
  void aConfiguredRatioReplacesTheDefaultOfItsLevelOnly() {
    VisitRules strict =
        new VisitRules(
            Map.of(SchoolLevel.PRIMARY_CYCLE_1, 5), Duration.ofDays(7), Duration.ofDays(7));
    assertThat(strict.adultsNeeded(SchoolLevel.PRIMARY_CYCLE_1, 25)).isEqualTo(5);
    assertThat(strict.adultsNeeded(SchoolLevel.PRIMARY_CYCLE_2, 25)).isEqualTo(4);
  }

  @Test
  void aRatioBelowOneIsRefused() {
    assertThatThrownBy(
            () ->
                new VisitRules(
                    Map.of(SchoolLevel.LYCEE, 0), Duration.ofDays(7), Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
