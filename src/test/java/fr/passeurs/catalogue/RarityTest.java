package fr.passeurs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RarityTest {

  @ParameterizedTest(name = "{0} holders, trained {1} -> {2}")
  @CsvSource({
    "0, false, CRITICAL",
    "1, false, CRITICAL",
    "2, false, ENDANGERED",
    "3, false, ENDANGERED",
    "4, false, VULNERABLE",
    "10, false, VULNERABLE",
    "11, false, SAFE",
    "0, true, VULNERABLE",
    "1, true, VULNERABLE",
    "3, true, VULNERABLE",
    "4, true, SAFE",
    "50, true, SAFE"
  })
  void rarityFollowsHoldersAndTraining(int holders, boolean trained, Rarity expected) {
    assertThat(Rarity.of(holders, trained)).isEqualTo(expected);
  }

  @Test
  void reasonSaysHowManyHoldersAndWhetherATrainingExists() {
    assertThat(Rarity.reason(1, false).in(Locale.ENGLISH))
        .isEqualTo("1 active holder, no training exists");
    assertThat(Rarity.reason(0, true).in(Locale.ENGLISH))
        .isEqualTo("no active holder, a training exists");
    assertThat(Rarity.reason(7, false).in(Locale.FRENCH))
        .isEqualTo("7 détenteurs actifs, aucune formation n’existe");
  }

  @Test
  void negativeHolderCountIsAProgrammingError() {
    assertThatThrownBy(() -> Rarity.of(-1, false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rareMeansCriticalOrEndangeredAndWeighsOnRecommendations() {
    assertThat(java.util.Arrays.stream(Rarity.values()).filter(Rarity::isRare))
        .containsExactly(Rarity.CRITICAL, Rarity.ENDANGERED);
    assertThat(java.util.Arrays.stream(Rarity.values()).map(Rarity::recommendationWeight))
        .containsExactly(30, 20, 10, 0);
  }
}
