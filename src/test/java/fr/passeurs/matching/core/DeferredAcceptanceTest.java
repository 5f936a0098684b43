package fr.passeurs.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.matching.core.Explanation.PreferredOffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeferredAcceptanceTest {

  private static final DeferredAcceptance MATCHING = new DeferredAcceptance();

  @Test
  void theBestApplicantsTakeThePlacesAndWhoeverIsTurnedAwayAppliesFurtherDown() {
    MatchingResult result = MATCHING.run(Round.workshop().instance());

    assertThat(result.assignment()).containsExactly(1, 1, 0, MatchingResult.UNMATCHED);
    assertThat(result.apprenticesOf(0)).containsExactly(2);
    assertThat(result.apprenticesOf(1)).containsExactly(1, 0);
    assertThat(result.apprenticesOf(2)).isEmpty();
    assertThat(result.cutoff(0)).isZero();
    assertThat(result.cutoff(1)).isEqualTo(1);
    assertThat(result.cutoff(2)).isEqualTo(-1);
    assertThat(result.choiceOf(0)).isEqualTo(1);
    assertThat(result.choiceOf(2)).isZero();
    assertThat(result.choiceOf(3)).isEqualTo(-1);
    assertThat(result.matchedCount()).isEqualTo(3);
  }

  @Test
  void anUnmatchedApprenticeIsShownEveryOfferTheyRankedWithItsCutoff() {
    Explanation explanation = MATCHING.run(Round.workshop().instance()).explain(3);

    assertThat(explanation.matched()).isFalse();
    assertThat(explanation.preferred())
        .containsExactly(
            new PreferredOffer(2, 0, MatchingInstance.UNACCEPTABLE, 1, 0, -1),
            new PreferredOffer(0, 1, 3, 1, 1, 0),
            new PreferredOffer(1, 2, 2, 2, 2, 1));
    assertThat(explanation.preferred().get(0).unacceptable()).isTrue();
    assertThat(explanation.preferred().get(0).placesWentToHigherPriority()).isFalse();
    assertThat(explanation.preferred().subList(1, 3))
        .allMatch(PreferredOffer::placesWentToHigherPriority);
  }

  @Test
  void anApprenticeBelowTheirFirstChoiceIsShownOnlyTheOffersAboveWhatTheyGot() {
    MatchingResult result = MATCHING.run(Round.workshop().instance());

    assertThat(result.explain(0).preferred()).containsExactly(new PreferredOffer(0, 0, 1, 1, 1, 0));
    assertThat(result.explain(0).offer()).isEqualTo(1);
    assertThat(result.explain(2).preferred()).isEmpty();
  }

  @Test
  void everyPreferredOfferWasFullOfBetterApplicantsOrRefusedTheApprentice() {
    SplittableRandom random = new SplittableRandom(42_026L);
    int explained = 0;
    for (int n = 0; n < 2_000; n++) {
      MatchingInstance instance = Round.random(random, 8, 5, 3).instance();
      MatchingResult result = MATCHING.run(instance);
      for (int a = 0; a < instance.apprenticeCount(); a++) {
        for (PreferredOffer offer : result.explain(a).preferred()) {
          explained++;
          assertThat(offer.unacceptable() || offer.placesWentToHigherPriority())
              .as("apprentice %d, %s", a, offer)
              .isTrue();
          if (!offer.unacceptable()) {
            for (int kept : result.apprenticesOf(offer.offer())) {
              assertThat(instance.priority(offer.offer(), kept)).isLessThan(offer.priority());
            }
          }
        }
      }
    }
    assertThat(explained).isGreaterThan(1_000);
  }

  @Test
  void randomRoundsEndStableWithinPlacesAndAccepted() {
    SplittableRandom random = new SplittableRandom(20_261_127L);
    for (int n = 0; n < 2_000; n++) {
      MatchingInstance instance = Round.random(random, 8, 5, 3).instance();
      MatchingResult result = MATCHING.run(instance);

      assertThat(MatchingChecks.blockingPairs(instance, result)).as("round %d", n).isEmpty();
      assertThat(MatchingChecks.respectsCapacities(instance, result)).as("round %d", n).isTrue();
      assertThat(MatchingChecks.isIndividuallyRational(instance, result))
          .as("round %d", n)
          .isTrue();
      for (int o = 0; o < instance.offerCount(); o++) {
        for (int a : result.apprenticesOf(o)) {
          assertThat(result.offerOf(a)).isEqualTo(o);
        }
      }
    }
  }

  @Test
  void everyApprenticeGetsTheBestOfferTheyHaveInAnyStableMatching() {
    SplittableRandom random = new SplittableRandom(72_026L);
    int roundsWithSeveralStableMatchings = 0;
    for (int n = 0; n < 20_000; n++) {
      Round round = Round.random(random, 6, 4, 2);
      MatchingInstance instance = round.instance();
      MatchingResult result = MATCHING.run(instance);
      List<int[]> stable = allStableMatchings(instance);

      assertThat(stable).as("round %d", n).anyMatch(m -> Arrays.equals(m, result.assignment()));
      if (stable.size() > 1) {
        roundsWithSeveralStableMatchings++;
      }
      for (int[] matching : stable) {
        for (int a = 0; a < instance.apprenticeCount(); a++) {
          assertThat(Round.worth(round.preferences()[a], result.offerOf(a)))
              .as("round %d, apprentice %d", n, a)
              .isLessThanOrEqualTo(Round.worth(round.preferences()[a], matching[a]));
          // Who is placed is the same in every stable matching (the rural hospitals theorem).
          assertThat(matching[a] == MatchingResult.UNMATCHED)
              .isEqualTo(result.offerOf(a) == MatchingResult.UNMATCHED);
        }
      }
    }
    // Otherwise the comparison would be with the result itself only.
    assertThat(roundsWithSeveralStableMatchings).isGreaterThan(100);
  }

  @Test
  void theOrderInWhichApprenticesApplyChangesNothing() {
    SplittableRandom random = new SplittableRandom(99L);
    for (int n = 0; n < 500; n++) {
      MatchingInstance instance = Round.random(random, 8, 5, 3).instance();
      MatchingResult byNumber = MATCHING.run(instance);
      for (int shuffle = 0; shuffle < 5; shuffle++) {
        int[] order = Round.shuffled(random, instance.apprenticeCount());
        MatchingResult shuffled = new DeferredAcceptance(order).run(instance);

        assertThat(shuffled.assignment()).isEqualTo(byNumber.assignment());
        for (int o = 0; o < instance.offerCount(); o++) {
          assertThat(shuffled.apprenticesOf(o)).isEqualTo(byNumber.apprenticesOf(o));
          assertThat(shuffled.cutoff(o)).isEqualTo(byNumber.cutoff(o));
        }
      }
    }
  }

  @Test
  void theSameApplicationsAndSeedGiveTheSameRound() {
    SplittableRandom random = new SplittableRandom(5L);
    for (int n = 0; n < 200; n++) {
      Applications applications = Applications.random(random);
      long seed = random.nextLong();

      MatchingInstance first =
          applications.instance(new TieBreak(seed, applications.apprentices()));
      MatchingInstance second =
          applications.instance(new TieBreak(seed, applications.apprentices()));

      for (int o = 0; o < first.offerCount(); o++) {
        assertThat(second.priorities(o)).isEqualTo(first.priorities(o));
      }
      assertThat(MATCHING.run(second).assignment()).isEqualTo(MATCHING.run(first).assignment());
    }
  }

  @Test
  void noApprenticeGetsABetterOfferByRankingOffersOtherwise() {
    SplittableRandom random = new SplittableRandom(31_415L);
    int misreports = 0;
    for (int n = 0; n < 300; n++) {
      Round round = Round.random(random, 5, 4, 2);
      MatchingResult truthful = MATCHING.run(round.instance());
      List<int[]> lists = listsOfAtMostThree(round.offers());
      for (int a = 0; a < round.apprentices(); a++) {
        int[] truth = round.preferences()[a];
        int truthfulWorth = Round.worth(truth, truthful.offerOf(a));
        for (int[] lie : lists) {
          MatchingResult misreported = MATCHING.run(round.with(a, lie).instance());
          misreports++;
          assertThat(Round.worth(truth, misreported.offerOf(a)))
              .as("round %d, apprentice %d ranking %s", n, a, Arrays.toString(lie))
              .isGreaterThanOrEqualTo(truthfulWorth);
        }
      }
    }
    assertThat(misreports).isGreaterThan(10_000);
  }

  @Test
  void anOfferWithMorePlacesThanApplicantsKeepsThemAll() {
    MatchingInstance.Builder builder = MatchingInstance.builder();
    builder.addApprentice(0);
    builder.addApprentice(0);
    builder.addOffer(1_000_000, 1, 0);

    MatchingResult result = MATCHING.run(builder.build());

    assertThat(result.apprenticesOf(0)).containsExactly(1, 0);
  }

  @Test
  void aRoundWithoutApprenticesOrOffersMatchesNobody() {
    assertThat(MATCHING.run(MatchingInstance.builder().build()).matchedCount()).isZero();
    MatchingInstance.Builder builder = MatchingInstance.builder();
    builder.addApprentice();
    assertThat(MATCHING.run(builder.build()).assignment()).containsExactly(-1);
  }

  @Test
  void aProposalOrderMustNameEveryApprenticeOnce() {
    MatchingInstance instance = Round.workshop().instance();

    assertThatThrownBy(() -> new DeferredAcceptance(new int[] {0, 1, 2}).run(instance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 apprentices, the round 4");
    assertThatThrownBy(() -> new DeferredAcceptance(new int[] {0, 1, 2, 2}).run(instance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a permutation");
  }

  /**
   * Every matching where each apprentice gets nothing or an offer that accepts them: stable ones.
   */
  private static List<int[]> allStableMatchings(MatchingInstance instance) {
    List<int[]> stable = new ArrayList<>();
    int[] assignment = new int[instance.apprenticeCount()];
    int[] kept = new int[instance.offerCount()];
    enumerate(instance, 0, assignment, kept, stable);
    return stable;
  }

  private static void enumerate(
      MatchingInstance instance, int apprentice, int[] assignment, int[] kept, List<int[]> stable) {
    if (apprentice == assignment.length) {
      MatchingResult candidate = MatchingResult.of(instance, assignment);
      if (MatchingChecks.isStable(instance, candidate)) {
        stable.add(assignment.clone());
      }
      return;
    }
    assignment[apprentice] = MatchingResult.UNMATCHED;
    enumerate(instance, apprentice + 1, assignment, kept, stable);
    for (int offer : instance.preferences(apprentice)) {
      if (instance.priority(offer, apprentice) != MatchingInstance.UNACCEPTABLE
          && kept[offer] < instance.places(offer)) {
        assignment[apprentice] = offer;
        kept[offer]++;
        enumerate(instance, apprentice + 1, assignment, kept, stable);
        kept[offer]--;
      }
    }
    assignment[apprentice] = MatchingResult.UNMATCHED;
  }

  /** Every list of at most three distinct offers among these, in every order. */
  private static List<int[]> listsOfAtMostThree(int offers) {
    List<int[]> lists = new ArrayList<>();
    lists.add(new int[0]);
    for (int i = 0; i < offers; i++) {
      lists.add(new int[] {i});
      for (int j = 0; j < offers; j++) {
        if (j == i) {
          continue;
        }
        lists.add(new int[] {i, j});
        for (int k = 0; k < offers; k++) {
          if (k != i && k != j) {
            lists.add(new int[] {i, j, k});
          }
        }
      }
    }
    return lists;
  }
}
