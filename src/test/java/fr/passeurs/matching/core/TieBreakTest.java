package fr.passeurs.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.matching.core.TieBreak.Application;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TieBreakTest {

  @Test
  void theMastersRankingComesFirstInTheMastersOrder() {
    TieBreak tieBreak = new TieBreak(1L, 6);

    int[] order =
        tieBreak.order(
            List.of(
                Application.unranked(0, 0.99, 1),
                Application.ranked(1, 3, 0.10, 90),
                Application.ranked(2, 1, 0.20, 80),
                Application.ranked(3, 2, 0.30, 70)));

    assertThat(order).containsExactly(2, 3, 1, 0);
  }

  @Test
  void equalMasterRanksAndUnrankedApplicantsGoByFitThenDistance() {
    TieBreak tieBreak = new TieBreak(1L, 6);

    int[] order =
        tieBreak.order(
            List.of(
                Application.unranked(0, 0.5, 10),
                Application.unranked(1, 0.9, 50),
                Application.unranked(2, 0.5, 3),
                Application.ranked(3, 1, 0.4, 10),
                Application.ranked(4, 1, 0.4, 2),
                Application.ranked(5, 1, 0.7, 99)));

    assertThat(order).containsExactly(5, 4, 3, 1, 2, 0);
  }

  @Test
  void theLotteryDecidesBetweenEqualFitAndDistanceLowerNumberFirst() {
    TieBreak tieBreak = new TieBreak(20_261_127L, 4);
    List<Application> tied = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      tied.add(Application.unranked(a, 0.5, 12));
    }

    int[] order = tieBreak.order(tied);

    for (int i = 1; i < order.length; i++) {
      assertThat(tieBreak.lotteryNumber(order[i - 1])).isLessThan(tieBreak.lotteryNumber(order[i]));
    }
  }

  @Test
  void oneLotteryNumberPerApprenticeForTheWholeRoundDrawnFromTheSeed() {
    TieBreak tieBreak = new TieBreak(42L, 3);
    SplittableRandom draw = new SplittableRandom(42L);

    assertThat(tieBreak.seed()).isEqualTo(42L);
    assertThat(tieBreak.lotteryNumber(0)).isEqualTo(draw.nextLong());
    assertThat(tieBreak.lotteryNumber(1)).isEqualTo(draw.nextLong());
    assertThat(tieBreak.lotteryNumber(2)).isEqualTo(draw.nextLong());
  }

  @Test
  void theSameSeedGivesTheSameOrderWhateverTheOrderOfTheApplications() {
    List<Application> tied = new ArrayList<>();
    for (int a = 0; a < 30; a++) {
      tied.add(Application.unranked(a, a % 2 == 0 ? 0.5 : 0.8, 7));
    }
    int[] first = new TieBreak(7L, 30).order(tied);

    Collections.shuffle(tied, new Random(3));
    assertThat(new TieBreak(7L, 30).order(tied)).isEqualTo(first);
  }

  @Test
  void anotherSeedDrawsAnotherOrder() {
    List<Application> tied = new ArrayList<>();
    for (int a = 0; a < 5; a++) {
      tied.add(Application.unranked(a, 0.5, 7));
    }
    Set<List<Integer>> orders = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      orders.add(Arrays.stream(new TieBreak(seed, 5).order(tied)).boxed().toList());
    }
    assertThat(orders).hasSizeGreaterThan(10);
  }

  @Test
  void refusedApplicantsAreLeftOutAndNeverMatchedThere() {
    TieBreak tieBreak = new TieBreak(1L, 3);

    int[] order =
        tieBreak.order(
            List.of(
                Application.refused(0),
                Application.ranked(1, 1, 0.5, 1),
                Application.unranked(2, 1, 1)));

    assertThat(order).containsExactly(1, 2);

    MatchingInstance.Builder builder = MatchingInstance.builder();
    builder.addApprentice(0);
    builder.addApprentice(0);
    builder.addApprentice(0);
    builder.addOffer(3, order);
    MatchingInstance instance = builder.build();
    assertThat(instance.priority(0, 0)).isEqualTo(MatchingInstance.UNACCEPTABLE);
    assertThat(new DeferredAcceptance().run(instance).assignment()).containsExactly(-1, 0, 0);
  }

  @Test
  void negativeZeroIsTheSameFitAsZero() {
    TieBreak tieBreak = new TieBreak(9L, 2);
    boolean zeroFirst = tieBreak.lotteryNumber(0) < tieBreak.lotteryNumber(1);

    int[] order =
        tieBreak.order(List.of(Application.unranked(0, 0.0, 5), Application.unranked(1, -0.0, 5)));

    assertThat(order).containsExactly(zeroFirst ? new int[] {0, 1} : new int[] {1, 0});
  }

  @Test
  void malformedApplicationsAreRefused() {
    TieBreak tieBreak = new TieBreak(1L, 2);

    assertThatThrownBy(
            () -> tieBreak.order(List.of(Application.unranked(0, 1, 1), Application.refused(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 0 applied twice to the offer");
    assertThatThrownBy(() -> tieBreak.order(List.of(Application.unranked(2, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 2 is not in the round (0..1)");
    assertThatThrownBy(() -> Application.ranked(0, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ranks start at 1");
    assertThatThrownBy(() -> Application.unranked(0, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Application.unranked(0, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
