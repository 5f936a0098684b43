package fr.passeurs.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.matching.core.MatchingChecks.BlockingPair;
import org.junit.jupiter.api.Test;

class MatchingChecksTest {

  // Deferred acceptance gives [1, 1, 0, UNMATCHED] on this round.
  private final MatchingInstance round = Round.workshop().instance();

  @Test
  void theResultOfDeferredAcceptancePassesEveryCheck() {
    MatchingResult result = MatchingResult.of(round, new int[] {1, 1, 0, -1});

    assertThat(MatchingChecks.blockingPairs(round, result)).isEmpty();
    assertThat(MatchingChecks.respectsCapacities(round, result)).isTrue();
    assertThat(MatchingChecks.isIndividuallyRational(round, result)).isTrue();
    assertThat(MatchingChecks.isStable(round, result)).isTrue();
  }

  @Test
  void anOfferKeepingSomeoneItRanksLowerThanAWillingApplicantIsBlocked() {
    // Offer 0 keeps apprentice 0 (priority 1) while apprentice 2 (priority 0) wants it.
    MatchingResult result = MatchingResult.of(round, new int[] {0, 1, -1, -1});

    assertThat(MatchingChecks.blockingPairs(round, result))
        .containsExactlyInAnyOrder(new BlockingPair(2, 0), new BlockingPair(3, 1));
    assertThat(MatchingChecks.isStable(round, result)).isFalse();
  }

  @Test
  void aFreePlaceBlocksWithAnyAcceptableApplicantWhoWantsItMore() {
    MatchingResult result = MatchingResult.of(round, new int[] {1, 1, 0, -1});
    MatchingResult nobody = MatchingResult.of(round, new int[] {-1, -1, -1, -1});

    assertThat(MatchingChecks.blockingPairs(round, nobody))
        .containsExactlyInAnyOrder(
            new BlockingPair(0, 0),
            new BlockingPair(0, 1),
            new BlockingPair(1, 0),
            new BlockingPair(1, 1),
            new BlockingPair(2, 0),
            new BlockingPair(3, 0),
            new BlockingPair(3, 1));
    assertThat(MatchingChecks.blockingPairs(round, result)).isEmpty();
  }

  @Test
  void moreApprenticesThanPlacesIsCaught() {
    MatchingResult result = MatchingResult.of(round, new int[] {0, 1, 0, -1});

    assertThat(MatchingChecks.respectsCapacities(round, result)).isFalse();
    assertThat(MatchingChecks.isStable(round, result)).isFalse();
  }

  @Test
  void placingSomeoneWhereTheyDidNotApplyOrWereRefusedIsCaught() {
    MatchingResult notApplied = MatchingResult.of(round, new int[] {1, 1, 1, -1});
    MatchingResult refused = MatchingResult.of(round, new int[] {1, 1, 0, 2});

    assertThat(MatchingChecks.isIndividuallyRational(round, notApplied)).isFalse();
    assertThat(MatchingChecks.isIndividuallyRational(round, refused)).isFalse();
    assertThat(MatchingChecks.isStable(round, refused)).isFalse();
  }

  @Test
  void aResultMustNameOffersOfTheRound() {
    assertThatThrownBy(() -> MatchingResult.of(round, new int[] {1, 1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("3 offers given for the 4 apprentices of the round");
    assertThatThrownBy(() -> MatchingResult.of(round, new int[] {1, 1, 0, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apprentice 3 is given offer 3, which is not in the round");
  }
}
