package fr.passeurs.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of a matching round: the offer each apprentice got, if any, the apprentices each
 * offer kept, best first, and each offer's cutoff (the priority of the worst applicant it kept),
 * from which an apprentice is told why an offer they preferred went to others. Immutable.
 */
public final class MatchingResult {

  /** The offer of an apprentice who got none. */
  public static final int UNMATCHED = -1;

  private final MatchingInstance instance;
  private final int[] offerOf;
  // Offer o kept apprentices kept[keptStart[o] .. keptStart[o + 1]), best priority first.
  private final int[] keptStart;
  private final int[] kept;
  private final int[] cutoff;

  MatchingResult(
      MatchingInstance instance, int[] offerOf, int[] keptStart, int[] kept, int[] cutoff) {
    this.instance = instance;
    this.offerOf = offerOf;
    this.keptStart = keptStart;
    this.kept = kept;
    this.cutoff = cutoff;
  }

  /**
   * A result given as the offer of each apprentice ({@link #UNMATCHED} for none), for instance a
   * stored round read back, so that it can be checked or explained. Nothing but the numbers is
   * checked here: {@link MatchingChecks} says whether it respects places, masters and stability.
   */
  public static MatchingResult of(MatchingInstance instance, int[] offerOfApprentice) {
    if (offerOfApprentice.length != instance.apprenticeCount()) {
      throw new IllegalArgumentException(
          offerOfApprentice.length
              + " offers given for the "
              + instance.apprenticeCount()
              + " apprentices of the round");
    }
    int offers = instance.offerCount();
    int[] keptStart = new int[offers + 1];
    for (int a = 0; a < offerOfApprentice.length; a++) {
      int offer = offerOfApprentice[a];
      if (offer < UNMATCHED || offer >= offers) {
        throw new IllegalArgumentException(
            "apprentice " + a + " is given offer " + offer + ", which is not in the round");
      }
      if (offer != UNMATCHED) {
        keptStart[offer + 1]++;
      }
    }
    for (int o = 0; o < offers; o++) {
      keptStart[o + 1] += keptStart[o];
    }
    // Priority in the high half and apprentice in the low half: one sort of longs orders each
    // offer's apprentices by priority, and apprentices of equal (unacceptable) priority by number.
    long[] keys = new long[keptStart[offers]];
    int[] filled = Arrays.copyOf(keptStart, offers);
    for (int a = 0; a < offerOfApprentice.length; a++) {
      int offer = offerOfApprentice[a];
      if (offer != UNMATCHED) {
        keys[filled[offer]++] = ((long) instance.priority(offer, a) << 32) | a;
      }
    }
    int[] kept = new int[keys.length];
    int[] cutoff = new int[offers];
    for (int o = 0; o < offers; o++) {
      Arrays.sort(keys, keptStart[o], keptStart[o + 1]);
      for (int k = keptStart[o]; k < keptStart[o + 1]; k++) {
        kept[k] = (int) keys[k];
      }
      cutoff[o] = keptStart[o] == keptStart[o + 1] ? -1 : (int) (keys[keptStart[o + 1] - 1] >>> 32);
    }
    return new MatchingResult(instance, offerOfApprentice.clone(), keptStart, kept, cutoff);
  }

  public MatchingInstance instance() {
    return instance;
  }

  /** The offer the apprentice got, or {@link #UNMATCHED}. */
  public int offerOf(int apprentice) {
    instance.checkApprentice(apprentice);
    return offerOf[apprentice];
  }

  /**
   * Where the offer the apprentice got stood in their list, 0 for their first choice; -1 if they
   * got none (or one they did not apply to, which only a result given from outside can hold).
   */
  public int choiceOf(int apprentice) {
    int offer = offerOf(apprentice);
    return offer == UNMATCHED ? -1 : instance.choiceOf(apprentice, offer);
  }

  /** The offer of every apprentice, {@link #UNMATCHED} for none. */
  public int[] assignment() {
    return offerOf.clone();
  }

  /** The apprentices the offer kept, best priority first. */
  public int[] apprenticesOf(int offer) {
    instance.checkOffer(offer);
    return Arrays.copyOfRange(kept, keptStart[offer], keptStart[offer + 1]);
  }

  /** How many apprentices the offer kept. */
  public int keptCount(int offer) {
    instance.checkOffer(offer);
    return keptStart[offer + 1] - keptStart[offer];
  }

  /** How many apprentices got an offer. */
  public int matchedCount() {
    return kept.length;
  }

  /**
   * The priority of the worst applicant the offer kept, or -1 if it kept none. When the offer is
   * full, an applicant with a worse priority had no chance at it.
   */
  public int cutoff(int offer) {
    instance.checkOffer(offer);
    return cutoff[offer];
  }

  /**
   * For each offer the apprentice preferred to the one they got (every offer they applied to, if
   * they got none): their priority there against its cutoff and places.
   */
  public Explanation explain(int apprentice) {
    int offer = offerOf(apprentice);
    int[] preferences = instance.preferences(apprentice);
    int above = offer == UNMATCHED ? preferences.length : instance.choiceOf(apprentice, offer);
    if (above < 0) {
      above = preferences.length;
    }
    List<Explanation.PreferredOffer> preferred = new ArrayList<>(above);
    for (int choice = 0; choice < above; choice++) {
      int o = preferences[choice];
      preferred.add(
          new Explanation.PreferredOffer(
              o,
              choice,
              instance.priority(o, apprentice),
              instance.places[o],
              keptCount(o),
              cutoff[o]));
    }
    return new Explanation(apprentice, offer, preferred);
  }
}
