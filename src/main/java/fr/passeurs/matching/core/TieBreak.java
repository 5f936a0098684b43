package fr.passeurs.matching.core;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rule that turns a master's ranking of the applicants to their offer, which may be partial and
 * have ties, into the strict priority order a round needs, the same way every time:
 *
 * <ol>
 *   <li>applicants the master marked unacceptable are left out: they are never matched to the
 *       offer;
 *   <li>applicants the master ranked come first, in the master's order (rank 1 first);
 *   <li>then the applicants the master did not rank;
 *   <li>within equal master ranks, and among the applicants not ranked: higher fit score first,
 *       then shorter distance (km) first, then lower lottery number first, and at last lower
 *       apprentice number (only if two lottery numbers are equal, a chance of one in
 *       2<sup>64</sup>).
 * </ol>
 *
 * <p>The lottery is drawn once per round, not once per offer: apprentice {@code i} (in the
 * numbering of the round's {@link MatchingInstance}) gets the {@code i}-th {@code long} of a {@link
 * SplittableRandom} seeded with the round's seed, and uses that same number at every offer. One
 * draw for all offers leaves fewer apprentices who would both rather swap their offers than a draw
 * per offer does. The seed is stored with the round: with the same seed, the same applications and
 * the same numbering of apprentices, every order comes out the same.
 */
public final class TieBreak {

  /** The master rank of an applicant the master did not rank. */
  public static final int NOT_RANKED = 0;

  private final long seed;
  private final long[] lottery;
  private final Comparator<Application> order = this::compare;

  /** Draws the lottery numbers of the round's apprentices from the seed. */
  public TieBreak(long seed, int apprenticeCount) {
    if (apprenticeCount < 0) {
      throw new IllegalArgumentException("apprentice count: " + apprenticeCount);
    }
    this.seed = seed;
    this.lottery = new long[apprenticeCount];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < apprenticeCount; i++) {
      lottery[i] = random.nextLong();
    }
  }

  /** The seed to store with the round. */
  public long seed() {
    return seed;
  }

  /** The apprentice's lottery number in this round: lower wins a tie. */
  public long lotteryNumber(int apprentice) {
    checkApprentice(apprentice);
    return lottery[apprentice];
  }

  /**
   * The offer's strict priority order: the apprentices of these applications that the master did
   * not mark unacceptable, best first, ready for {@link MatchingInstance.Builder#addOffer}.
   */
  public int[] order(List<Application> applications) {
    // Sorted numbers show a double application side by side, in memory of the offer's size: a
    // mark per apprentice of the round would cost the whole round at every offer.
    int[] applicants = new int[applications.size()];
    for (int i = 0; i < applicants.length; i++) {
      applicants[i] = applications.get(i).apprentice();
      checkApprentice(applicants[i]);
    }
    Arrays.sort(applicants);
    for (int i = 1; i < applicants.length; i++) {
      if (applicants[i] == applicants[i - 1]) {
        throw new IllegalArgumentException(
            "apprentice " + applicants[i] + " applied twice to the offer");
      }
    }
    Application[] acceptable =
        applications.stream().filter(a -> !a.unacceptable()).toArray(Application[]::new);
    Arrays.sort(acceptable, order);
    int[] apprentices = new int[acceptable.length];
    for (int i = 0; i < acceptable.length; i++) {
      apprentices[i] = acceptable[i].apprentice();
    }
    return apprentices;
  }

  /** The rule of this class, step by step: negative when {@code x} comes before {@code y}. */
  private int compare(Application x, Application y) {
    boolean xRanked = x.masterRank() != NOT_RANKED;
    boolean yRanked = y.masterRank() != NOT_RANKED;
    if (xRanked != yRanked) {
      return xRanked ? -1 : 1;
    }
    if (x.masterRank() != y.masterRank()) {
      return Integer.compare(x.masterRank(), y.masterRank());
    }
    int byFit = Double.compare(y.fit(), x.fit());
    if (byFit != 0) {
      return byFit;
    }
    int byDistance = Double.compare(x.distanceKm(), y.distanceKm());
    if (byDistance != 0) {
      return byDistance;
    }
    int byLottery = Long.compare(lottery[x.apprentice()], lottery[y.apprentice()]);
    return byLottery != 0 ? byLottery : Integer.compare(x.apprentice(), y.apprentice());
  }

  private void checkApprentice(int apprentice) {
    if (apprentice < 0 || apprentice >= lottery.length) {
      throw new IllegalArgumentException(
          "apprentice " + apprentice + " is not in the round (0.." + (lottery.length - 1) + ")");
    }
  }

  /**
   * One apprentice's application to one offer, as the master judged it.
   *
   * @param apprentice the apprentice's number in the round
   * @param masterRank the master's rank for them, 1 the best, equal ranks allowed; {@link
   *     #NOT_RANKED} if the master did not rank them
   * @param unacceptable the master refuses them for this offer
   * @param fit how well the apprentice fits the offer, higher is better
   * @param distanceKm how far the apprentice lives from the workshop
   */
  public record Application(
      int apprentice, int masterRank, boolean unacceptable, double fit, double distanceKm) {

    public Application {
      if (apprentice < 0) {
        throw new IllegalArgumentException("apprentice: " + apprentice);
      }
      if (masterRank < 0) {
        throw new IllegalArgumentException(
            "master rank of apprentice " + apprentice + ": " + masterRank);
      }
      if (!Double.isFinite(fit)) {
        throw new IllegalArgumentException("fit of apprentice " + apprentice + ": " + fit);
      }
      if (!Double.isFinite(distanceKm) || distanceKm < 0) {
        throw new IllegalArgumentException(
            "distance of apprentice " + apprentice + ": " + distanceKm);
      }
      // -0.0 and 0.0 are the same score, yet Double.compare orders them: their tie goes on.
      fit += 0.0;
      distanceKm += 0.0;
    }

    /** An application the master ranked (1 the best). */
    public static Application ranked(
        int apprentice, int masterRank, double fit, double distanceKm) {
      if (masterRank < 1) {
        throw new IllegalArgumentException(
            "master rank of apprentice " + apprentice + ": " + masterRank + ", ranks start at 1");
      }
      return new Application(apprentice, masterRank, false, fit, distanceKm);
    }

    /** An application the master accepts without ranking it. */
    public static Application unranked(int apprentice, double fit, double distanceKm) {
      return new Application(apprentice, NOT_RANKED, false, fit, distanceKm);
    }

    /** An application the master refuses. */
    public static Application refused(int apprentice) {
      return new Application(apprentice, NOT_RANKED, true, 0, 0);
    }
  }
}
