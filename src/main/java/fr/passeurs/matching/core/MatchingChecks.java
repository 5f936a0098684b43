package fr.passeurs.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The properties a round's result must have, checked from the instance and the offer of each
 * apprentice alone (not from what the algorithm kept on the side): no offer over its places, no
 * apprentice placed where they did not apply or were not accepted, and stability, that is no
 * apprentice and offer who would both rather be together. A result that has all three is one nobody
 * can contest; the tests hold every round to them, and the application can check a stored round the
 * same way.
 */
public final class MatchingChecks {

  private MatchingChecks() {}

  /**
   * An apprentice and an offer who would both rather be together: the apprentice ranked the offer
   * above what they got (or got nothing), and the master accepts them and has a free place or kept
   * someone they rank lower.
   */
  public record BlockingPair(int apprentice, int offer) {}

  /**
   * Every blocking pair of the result. Together with {@link #respectsCapacities} and {@link
   * #isIndividuallyRational}, an empty list means the result is stable.
   */
  public static List<BlockingPair> blockingPairs(MatchingInstance instance, MatchingResult result) {
    int[] offerOf = assignment(instance, result);
    int offers = instance.offerCount();
    int[] kept = new int[offers];
    int[] worstKept = new int[offers];
    Arrays.fill(worstKept, -1);
    for (int a = 0; a < offerOf.length; a++) {
      int offer = offerOf[a];
      if (offer != MatchingResult.UNMATCHED) {
        kept[offer]++;
        worstKept[offer] = Math.max(worstKept[offer], instance.priority(offer, a));
      }
    }
    List<BlockingPair> pairs = new ArrayList<>();
    for (int a = 0; a < offerOf.length; a++) {
      int start = instance.choiceStart[a];
      // Only offers ranked above what the apprentice got can tempt them; an offer they did not
      // rank is worth less to them than nothing.
      int end = instance.choiceStart[a + 1];
      if (offerOf[a] != MatchingResult.UNMATCHED) {
        int choice = instance.choiceOf(a, offerOf[a]);
        if (choice >= 0) {
          end = start + choice;
        }
      }
      for (int k = start; k < end; k++) {
        int offer = instance.choiceOffer[k];
        int priority = instance.choicePriority[k];
        if (priority != MatchingInstance.UNACCEPTABLE
            && (kept[offer] < instance.places[offer] || worstKept[offer] > priority)) {
          pairs.add(new BlockingPair(a, offer));
        }
      }
    }
    return pairs;
  }

  /** No offer kept more apprentices than its places. */
  public static boolean respectsCapacities(MatchingInstance instance, MatchingResult result) {
    int[] offerOf = assignment(instance, result);
    int[] kept = new int[instance.offerCount()];
    for (int offer : offerOf) {
      if (offer != MatchingResult.UNMATCHED && ++kept[offer] > instance.places[offer]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Nobody got an offer they did not apply to, or one whose master did not accept them: taking part
   * in a round never makes anyone worse off than staying out.
   */
  public static boolean isIndividuallyRational(MatchingInstance instance, MatchingResult result) {
    int[] offerOf = assignment(instance, result);
    for (int a = 0; a < offerOf.length; a++) {
      if (offerOf[a] != MatchingResult.UNMATCHED
          && instance.priority(offerOf[a], a) == MatchingInstance.UNACCEPTABLE) {
        return false;
      }
    }
    return true;
  }

  /** Places respected, nobody placed against their will or the master's, no blocking pair. */
  public static boolean isStable(MatchingInstance instance, MatchingResult result) {
    return respectsCapacities(instance, result)
        && isIndividuallyRational(instance, result)
        && blockingPairs(instance, result).isEmpty();
  }

  private static int[] assignment(MatchingInstance instance, MatchingResult result) {
    int[] offerOf = result.assignment();
    if (offerOf.length != instance.apprenticeCount()) {
      throw new IllegalArgumentException(
          "the result has "
              + offerOf.length
              + " apprentices, the round "
              + instance.apprenticeCount());
    }
    for (int a = 0; a < offerOf.length; a++) {
      if (offerOf[a] < MatchingResult.UNMATCHED || offerOf[a] >= instance.offerCount()) {
        throw new IllegalArgumentException(
            "apprentice " + a + " is given offer " + offerOf[a] + ", which is not in the round");
      }
    }
    return offerOf;
  }
}
