package fr.passeurs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThat(Rarity.reason(1, false)).isEqualTo("1 holder, no training exists");
    assertThat(Rarity.reason(0, true)).isEqualTo("0 holders, a training exists");
    assertThat(Rarity.reason(7, false)).isEqualTo("7 holders, no training exists");
  }

  @Test
  void negativeHolderCountIsAProgrammingError() {
    assertThatThrownBy(() -> Rarity.of(-1, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
