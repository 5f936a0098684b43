package fr.passeurs.matching.core;

import java.util.Arrays;

/**
 * What a matching round decides on: the apprentices' ordered choices of apprenticeship offers, the
 * places of each offer and each master's strict priority order over the applicants they accept.
 * Apprentices and offers are numbered from 0; the caller keeps the mapping to its identifiers.
 *
 * <p>Everything is held in a few flat arrays whose length is the number of applications (at most
 * ten per apprentice), never in a table of every offer against every apprentice: a round of 100,000
 * apprentices and 10,000 offers would need four gigabytes for such a table. A master's priority for
 * an applicant is kept next to the application itself, so that reading it while matching costs one
 * array access. Immutable once built.
 */
public final class MatchingInstance {

  /** How many offers an apprentice may rank in a round. */
  public static final int MAX_PREFERENCES = 10;

  /**
   * The priority of an apprentice at an offer the master did not accept them for, or to which they
   * did not apply: worse than any real priority, and never matched.
   */
  public static final int UNACCEPTABLE = Integer.MAX_VALUE;

  private final int apprenticeCount;
  private final int offerCount;

  // Apprentice a's choices, best first, are choiceOffer[choiceStart[a] .. choiceStart[a + 1]).
  final int[] choiceStart;
  final int[] choiceOffer;
  // The master's priority for the applicant of the same application: 0 is the master's first.
  final int[] choicePriority;

  final int[] places;
  // Offer o's acceptable applicants, best first, are ranked[rankedStart[o] .. rankedStart[o + 1]);
  // an applicant's priority is their position in that slice.
  final int[] rankedStart;
  final int[] ranked;

  private MatchingInstance(
      int[] choiceStart,
      int[] choiceOffer,
      int[] choicePriority,
      int[] places,
      int[] rankedStart,
      int[] ranked) {
    this.apprenticeCount = choiceStart.length - 1;
    this.offerCount = places.length;
    this.choiceStart = choiceStart;
    this.choiceOffer = choiceOffer;
    this.choicePriority = choicePriority;
    this.places = places;
    this.rankedStart = rankedStart;
    this.ranked = ranked;
  }

  /** A builder to which apprentices and offers are added one by one. */
  public static Builder builder() {
    return new Builder();
  }

  public int apprenticeCount() {
    return apprenticeCount;
  }

  public int offerCount() {
    return offerCount;
  }

  /** How many applications the round holds, over all apprentices. */
  public int applicationCount() {
    return choiceOffer.length;
  }

  /** The offers the apprentice applied to, most wanted first. */
  public int[] preferences(int apprentice) {
    checkApprentice(apprentice);
    return Arrays.copyOfRange(choiceOffer, choiceStart[apprentice], choiceStart[apprentice + 1]);
  }

  /**
   * Where the offer stands in the apprentice's list: 0 for their first choice, or -1 if they did
   * not apply to it.
   */
  public int choiceOf(int apprentice, int offer) {
    checkApprentice(apprentice);
    checkOffer(offer);
    for (int k = choiceStart[apprentice]; k < choiceStart[apprentice + 1]; k++) {
      if (choiceOffer[k] == offer) {
        return k - choiceStart[apprentice];
      }
    }
    return -1;
  }

  /** The number of places of the offer. */
  public int places(int offer) {
    checkOffer(offer);
    return places[offer];
  }

  /**
   * The apprentice's priority at the offer, 0 being the master's first; {@link #UNACCEPTABLE} if
   * the master did not accept them or they did not apply.
   */
  public int priority(int offer, int apprentice) {
    int choice = choiceOf(apprentice, offer);
    return choice < 0 ? UNACCEPTABLE : choicePriority[choiceStart[apprentice] + choice];
  }

  /** The applicants the master accepts, in the offer's strict priority order, best first. */
  public int[] priorities(int offer) {
    checkOffer(offer);
    return Arrays.copyOfRange(ranked, rankedStart[offer], rankedStart[offer + 1]);
  }

  /**
   * What the instance's arrays take in memory on a 64-bit JVM with compressed references (16 bytes
   * of header per array, sizes rounded to 8): about 12 bytes per application, 8 per offer, 4 per
   * apprentice.
   */
  public long estimatedBytes() {
    return align(16 + 8 + 6 * 4)
        + arrayBytes(choiceStart.length)
        + arrayBytes(choiceOffer.length)
        + arrayBytes(choicePriority.length)
        + arrayBytes(places.length)
        + arrayBytes(rankedStart.length)
        + arrayBytes(ranked.length);
  }

  private static long arrayBytes(int length) {
    return align(16 + 4L * length);
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }

  void checkApprentice(int apprentice) {
    if (apprentice < 0 || apprentice >= apprenticeCount) {
      throw new IllegalArgumentException(
          "apprentice " + apprentice + " is not in the round (0.." + (apprenticeCount - 1) + ")");
    }
  }

  void checkOffer(int offer) {
    if (offer < 0 || offer >= offerCount) {
      throw new IllegalArgumentException(
          "offer " + offer + " is not in the round (0.." + (offerCount - 1) + ")");
    }
  }

  /**
   * Collects the round's apprentices and offers; numbers are given in the order of adding. An
   * offer's priorities may name apprentices added later: they are checked against each other when
   * the instance is built.
   */
  public static final class Builder {

    private final IntList choiceStart = new IntList();
    private final IntList choiceOffer = new IntList();
    private final IntList places = new IntList();
    private final IntList rankedStart = new IntList();
    private final IntList ranked = new IntList();

    private Builder() {
      choiceStart.add(0);
      rankedStart.add(0);
    }

    /**
     * Adds an apprentice who applied to these offers, most wanted first (at most {@value
     * MatchingInstance#MAX_PREFERENCES}, each once), and returns their number.
     */
    public int addApprentice(int... offersMostWantedFirst) {
      int apprentice = choiceStart.size() - 1;
      if (offersMostWantedFirst.length > MAX_PREFERENCES) {
        throw new IllegalArgumentException(
            "apprentice "
                + apprentice
                + " ranks "
                + offersMostWantedFirst.length
                + " offers, at most "
                + MAX_PREFERENCES
                + " are allowed");
      }
      for (int i = 0; i < offersMostWantedFirst.length; i++) {
        int offer = offersMostWantedFirst[i];
        if (offer < 0) {
          throw new IllegalArgumentException(
              "apprentice " + apprentice + " ranks offer " + offer + ", a negative number");
        }
        for (int j = 0; j < i; j++) {
          if (offersMostWantedFirst[j] == offer) {
            throw new IllegalArgumentException(
                "apprentice " + apprentice + " ranks offer " + offer + " twice");
          }
        }
      }
      choiceOffer.addAll(offersMostWantedFirst);
      choiceStart.add(choiceOffer.size());
      return apprentice;
    }

    /**
     * Adds an offer with this many places (at least 1), whose master accepts these applicants in
     * this strict order, best first, and returns its number. Applicants left out are unacceptable
     * to the master; naming someone who did not apply to the offer is an error.
     */
    public int addOffer(int places, int... applicantsBestFirst) {
      int offer = this.places.size();
      if (places < 1) {
        throw new IllegalArgumentException(
            "offer " + offer + " has " + places + " places, it needs at least 1");
      }
      for (int apprentice : applicantsBestFirst) {
        if (apprentice < 0) {
          throw new IllegalArgumentException(
              "offer " + offer + " ranks apprentice " + apprentice + ", a negative number");
        }
      }
      this.places.add(places);
      ranked.addAll(applicantsBestFirst);
      rankedStart.add(ranked.size());
      return offer;
    }

    /**
     * Checks that apprentices and offers name each other consistently and builds the instance; the
     * builder may go on being used afterwards.
     */
    public MatchingInstance build() {
      int apprentices = choiceStart.size() - 1;
      int offers = places.size();
      int[] starts = choiceStart.toArray();
      int[] choices = choiceOffer.toArray();
      for (int a = 0; a < apprentices; a++) {
        for (int k = starts[a]; k < starts[a + 1]; k++) {
          if (choices[k] >= offers) {
            throw new IllegalArgumentException(
                "apprentice "
                    + a
                    + " ranks offer "
                    + choices[k]
                    + ", but the round has "
                    + offers
                    + " offers");
          }
        }
      }
      int[] priorityOfChoice = new int[choices.length];
      Arrays.fill(priorityOfChoice, UNACCEPTABLE);
      int[] offerStarts = rankedStart.toArray();
      int[] rankedApprentices = ranked.toArray();
      // lastRankedBy[a] == o + 1 once offer o has ranked a: finds a master ranking someone twice
      // without a set per offer.
      int[] lastRankedBy = new int[apprentices];
      for (int o = 0; o < offers; o++) {
        for (int k = offerStarts[o]; k < offerStarts[o + 1]; k++) {
          int a = rankedApprentices[k];
          if (a >= apprentices) {
            throw new IllegalArgumentException(
                "offer "
                    + o
                    + " ranks apprentice "
                    + a
                    + ", but the round has "
                    + apprentices
                    + " apprentices");
          }
          if (lastRankedBy[a] == o + 1) {
            throw new IllegalArgumentException("offer " + o + " ranks apprentice " + a + " twice");
          }
          lastRankedBy[a] = o + 1;
          int choice = starts[a];
          while (choice < starts[a + 1] && choices[choice] != o) {
            choice++;
          }
          if (choice == starts[a + 1]) {
            throw new IllegalArgumentException(
                "offer " + o + " ranks apprentice " + a + ", who did not apply to it");
          }
          priorityOfChoice[choice] = k - offerStarts[o];
        }
      }
      return new MatchingInstance(
          starts, choices, priorityOfChoice, places.toArray(), offerStarts, rankedApprentices);
    }
  }

  /** A growable array of ints, so that collecting a round boxes nothing. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void addAll(int[] more) {
      if (size + more.length > values.length) {
        values = Arrays.copyOf(values, Math.max(size * 2, size + more.length));
      }
      System.arraycopy(more, 0, values, size, more.length);
      size += more.length;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
