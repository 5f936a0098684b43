package fr.passeurs.matching.core;

import java.util.List;

/**
 * Why an apprentice did not get an offer they preferred to the one they got (or to none): for each
 * such offer, their priority there and the priority of the last applicant the offer kept, so that
 * "its places went to applicants the master ranked higher" is shown with its figures.
 *
 * @param apprentice who asks
 * @param offer the offer they got, or -1 if none
 * @param preferred the offers they ranked above it (all their offers if they got none), most wanted
 *     first; empty when they got their first choice
 */
public record Explanation(int apprentice, int offer, List<PreferredOffer> preferred) {

  public Explanation {
    preferred = List.copyOf(preferred);
  }

  public boolean matched() {
    return offer >= 0;
  }

  /**
   * One offer the apprentice wanted more than what they got. Priorities count from 0, the master's
   * first.
   *
   * @param offer the offer
   * @param choice where it stood in the apprentice's list, 0 for their first choice
   * @param priority the apprentice's priority there, or {@link MatchingInstance#UNACCEPTABLE}
   * @param places the offer's places
   * @param kept how many applicants the offer kept
   * @param cutoff the priority of the worst applicant it kept, or -1 if it kept none
   */
  public record PreferredOffer(
      int offer, int choice, int priority, int places, int kept, int cutoff) {

    /** The master did not accept this apprentice for the offer. */
    public boolean unacceptable() {
      return priority == MatchingInstance.UNACCEPTABLE;
    }

    /**
     * The master accepted this apprentice, but every place went to an applicant the master ranked
     * higher.
     */
    public boolean placesWentToHigherPriority() {
      return !unacceptable() && kept >= places && cutoff < priority;
    }
  }
}
