package fr.passeurs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.security.ThrottlePolicy.Failures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  static final Instant T0 = Instant.parse("2027-03-01T08:00:00Z");

  static Failures failures(int count, int blockAfter) {
    Failures f = Failures.NONE;
    for (int i = 0; i < count; i++) {
      f = f.plusOne(T0.plusSeconds(i), blockAfter);
    }
    return f;
  }

  @Test
  void fourFailuresHoldNothingBack() {
    Failures pair = failures(4, ThrottlePolicy.PAIR_BLOCK_AFTER);
    assertThat(ThrottlePolicy.heldUntil(pair, Failures.NONE, T0.plusSeconds(4))).isNull();
  }

  @Test
  void fromTheFifthFailureEachAttemptWaitsLongerUpToThirtySeconds() {
    long[] waits = {1, 2, 4, 8, 16, 30, 30};
    for (int i = 0; i < waits.length; i++) {
      int count = 5 + i;
      Failures pair = failures(count, ThrottlePolicy.PAIR_BLOCK_AFTER);
      Instant last = pair.last();
      assertThat(ThrottlePolicy.heldUntil(pair, Failures.NONE, last))
          .as("after %d failures", count)
          .isEqualTo(last.plusSeconds(waits[i]));
      assertThat(ThrottlePolicy.heldUntil(pair, Failures.NONE, last.plusSeconds(waits[i])))
          .isNull();
    }
  }

  @Test
  void twentyFailuresBlockThePairForAQuarterOfAnHour() {
    Failures pair = failures(20, ThrottlePolicy.PAIR_BLOCK_AFTER);
    Instant blocked = pair.last().plus(ThrottlePolicy.BLOCK);
    assertThat(pair.blockedUntil()).isEqualTo(blocked);
    assertThat(ThrottlePolicy.heldUntil(pair, Failures.NONE, pair.last().plusSeconds(60)))
        .isEqualTo(blocked);
    assertThat(ThrottlePolicy.heldUntil(pair, Failures.NONE, blocked)).isNull();
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    Failures pair = failures(10, ThrottlePolicy.PAIR_BLOCK_AFTER);
    Instant later = T0.plus(ThrottlePolicy.WINDOW).plusSeconds(1);
    assertThat(ThrottlePolicy.heldUntil(pair, Failures.NONE, later)).isNull();
    Failures again = pair.plusOne(later, ThrottlePolicy.PAIR_BLOCK_AFTER);
    assertThat(again.count()).isEqualTo(1);
    assertThat(again.first()).isEqualTo(later);
  }

  @Test
  void aBlockOutlivesTheWindowThatStartedIt() {
    Failures pair = Failures.NONE;
    // twenty failures spread over fourteen minutes, the last one blocks
    for (int i = 0; i < 20; i++) {
      pair = pair.plusOne(T0.plusSeconds(i * 42L), ThrottlePolicy.PAIR_BLOCK_AFTER);
    }
    Instant afterWindow = T0.plus(ThrottlePolicy.WINDOW).plusSeconds(60);
    assertThat(ThrottlePolicy.heldUntil(pair, Failures.NONE, afterWindow))
        .isEqualTo(pair.blockedUntil());
  }

  @Test
  void anAddressIsBlockedAfterAHundredFailuresWhateverTheAccounts() {
    Failures address = failures(99, ThrottlePolicy.ADDRESS_BLOCK_AFTER);
    assertThat(ThrottlePolicy.heldUntil(Failures.NONE, address, address.last())).isNull();
    address = address.plusOne(address.last().plusSeconds(1), ThrottlePolicy.ADDRESS_BLOCK_AFTER);
    assertThat(ThrottlePolicy.heldUntil(Failures.NONE, address, address.last()))
        .isEqualTo(address.last().plus(Duration.ofMinutes(15)));
  }
}
