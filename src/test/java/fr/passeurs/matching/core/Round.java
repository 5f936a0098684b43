package fr.passeurs.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small round as the tests write it: each apprentice's list, each offer's places, and each
 * master's order over every apprentice of the round (whether they applied or not), those left out
 * being unacceptable. Having the master's order over everyone lets a test change what an apprentice
 * ranks without changing how the masters judge them.
 */
public record Round(int[][] preferences, int[] places, int[][] masterOrders) {

  /**
   * Four apprentices, three offers. Offer 0 has one place and prefers apprentice 2; offer 1 has two
   * places; offer 2's master accepts nobody; apprentice 3 comes last wherever they apply. Deferred
   * acceptance gives offer 1 to apprentices 0 and 1, offer 0 to apprentice 2, and nothing to
   * apprentice 3.
   */
  public static Round workshop() {
    return new Round(
        new int[][] {{0, 1}, {0, 1}, {0}, {2, 0, 1}},
        new int[] {1, 2, 1},
        new int[][] {{2, 0, 1, 3}, {1, 0, 3}, {}});
  }

  int apprentices() {
    return preferences.length;
  }

  int offers() {
    return places.length;
  }

  /** The instance of the round: each master's order kept to those who applied to the offer. */
  public MatchingInstance instance() {
    MatchingInstance.Builder builder = MatchingInstance.builder();
    for (int[] preference : preferences) {
      builder.addApprentice(preference);
    }
    for (int o = 0; o < places.length; o++) {
      List<Integer> applicants = new ArrayList<>();
      for (int a : masterOrders[o]) {
        if (contains(preferences[a], o)) {
          applicants.add(a);
        }
      }
      builder.addOffer(places[o], applicants.stream().mapToInt(Integer::intValue).toArray());
    }
    return builder.build();
  }

  /** The same round, but the apprentice ranks these offers instead. */
  Round with(int apprentice, int[] preference) {
    int[][] changed = preferences.clone();
    changed[apprentice] = preference.clone();
    return new Round(changed, places, masterOrders);
  }

  /**
   * A random round: 1 to {@code maxApprentices} apprentices, 1 to {@code maxOffers} offers of 1 to
   * {@code maxPlaces} places; each apprentice ranks a random number of offers in a random order;
   * each master orders everyone at random and finds about one in six unacceptable.
   */
  public static Round random(
      SplittableRandom random, int maxApprentices, int maxOffers, int maxPlaces) {
    int apprentices = 1 + random.nextInt(maxApprentices);
    int offers = 1 + random.nextInt(maxOffers);
    int[][] preferences = new int[apprentices][];
    for (int a = 0; a < apprentices; a++) {
      int[] all = shuffled(random, offers);
      int length = random.nextInt(Math.min(offers, MatchingInstance.MAX_PREFERENCES) + 1);
      preferences[a] = Arrays.copyOf(all, length);
    }
    int[] places = new int[offers];
    int[][] masterOrders = new int[offers][];
    for (int o = 0; o < offers; o++) {
      places[o] = 1 + random.nextInt(maxPlaces);
      masterOrders[o] =
          Arrays.stream(shuffled(random, apprentices))
              .filter(a -> random.nextInt(6) != 0)
              .toArray();
    }
    return new Round(preferences, places, masterOrders);
  }

  public static int[] shuffled(SplittableRandom random, int n) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    return values;
  }

  static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much the apprentice wants the offer under this list: 0 for the first choice; the length of
   * the list for no offer; more for an offer not on the list, which is worth less than none.
   */
  static int worth(int[] preference, int offer) {
    if (offer < 0) {
      return preference.length;
    }
    for (int i = 0; i < preference.length; i++) {
      if (preference[i] == offer) {
        return i;
      }
    }
    return preference.length + 1;
  }
}
