package fr.passeurs.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchingInstanceTest {

  @Test
  void eachApplicationCarriesTheMastersPriority() {
    MatchingInstance instance = Round.workshop().instance();

    assertThat(instance.apprenticeCount()).isEqualTo(4);
    assertThat(instance.offerCount()).isEqualTo(3);
    assertThat(instance.applicationCount()).isEqualTo(8);
    assertThat(instance.preferences(3)).containsExactly(2, 0, 1);
    assertThat(instance.choiceOf(3, 1)).isEqualTo(2);
    assertThat(instance.choiceOf(2, 1)).isEqualTo(-1);
    assertThat(instance.places(1)).isEqualTo(2);
    assertThat(instance.priorities(0)).containsExactly(2, 0, 1, 3);
    assertThat(instance.priority(0, 2)).isZero();
    assertThat(instance.priority(0, 3)).isEqualTo(3);
    assertThat(instance.priority(2, 3)).isEqualTo(MatchingInstance.UNACCEPTABLE);
    assertThat(instance.priority(1, 2)).isEqualTo(MatchingInstance.UNACCEPTABLE);
  }

  @Test
  void whatItReturnsCannotChangeIt() {
    MatchingInstance instance = Round.workshop().instance();

    instance.preferences(0)[0] = 2;
    instance.priorities(0)[0] = 3;

    assertThat(instance.preferences(0)).containsExactly(0, 1);
    assertThat(instance.priorities(0)).startsWith(2);
  }

  @Test
  void memoryGrowsWithTheApplicationsNotWithApprenticesTimesOffers() {
    MatchingInstance.Builder builder = MatchingInstance.builder();
    for (int o = 0; o < 1_000; o++) {
      builder.addOffer(1, o);
    }
    for (int a = 0; a < 1_000; a++) {
      builder.addApprentice(a);
    }

    // A thousand applications, a thousand offers, a thousand apprentices: 12 + 8 + 4 bytes each.
    assertThat(builder.build().estimatedBytes()).isBetween(24_000L, 25_000L);
  }

  @Test
  void anApprenticeRanksAtMostTenOffersEachOnce() {
    MatchingInstance.Builder builder = MatchingInstance.builder();

    assertThatThrownBy(() -> builder.addApprentice(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 0 ranks 11 offers, at most 10 are allowed");
    assertThatThrownBy(() -> builder.addApprentice(3, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 0 ranks offer 3 twice");
    assertThatThrownBy(() -> builder.addApprentice(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 0 ranks offer -2, a negative number");
  }

  @Test
  void anOfferHasAtLeastOnePlace() {
    assertThatThrownBy(() -> MatchingInstance.builder().addOffer(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer 0 has 0 places, it needs at least 1");
    assertThatThrownBy(() -> MatchingInstance.builder().addOffer(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer 0 ranks apprentice -1, a negative number");
  }

  @Test
  void apprenticesAndOffersMustNameEachOtherConsistently() {
    MatchingInstance.Builder unknownOffer = MatchingInstance.builder();
    unknownOffer.addApprentice(0, 1);
    unknownOffer.addOffer(1, 0);
    assertThatThrownBy(unknownOffer::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 0 ranks offer 1, but the round has 1 offers");

    MatchingInstance.Builder unknownApprentice = MatchingInstance.builder();
    unknownApprentice.addApprentice(0);
    unknownApprentice.addOffer(1, 0, 1);
    assertThatThrownBy(unknownApprentice::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer 0 ranks apprentice 1, but the round has 1 apprentices");

    MatchingInstance.Builder twice = MatchingInstance.builder();
    twice.addApprentice(0);
    twice.addOffer(1, 0, 0);
    assertThatThrownBy(twice::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer 0 ranks apprentice 0 twice");

    MatchingInstance.Builder notApplied = MatchingInstance.builder();
    notApplied.addApprentice(0);
    notApplied.addApprentice();
    notApplied.addOffer(1, 0, 1);
    assertThatThrownBy(notApplied::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer 0 ranks apprentice 1, who did not apply to it");
  }

  @Test
  void numbersOutsideTheRoundAreRefused() {
    MatchingInstance instance = Round.workshop().instance();

    assertThatThrownBy(() -> instance.preferences(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 4 is not in the round (0..3)");
    assertThatThrownBy(() -> instance.places(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offer -1 is not in the round (0..2)");
  }
}
