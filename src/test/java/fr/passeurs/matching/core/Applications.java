package fr.passeurs.matching.core;

import fr.passeurs.matching.core.TieBreak.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small round before its tie-break: each apprentice's list, and each offer's places and
 * applications as the master judged them, with many ties so that the tie-break has work to do.
 */
record Applications(int[][] preferences, int[] places, List<List<Application>> judged) {

  int apprentices() {
    return preferences.length;
  }

  /** The instance whose priorities this tie-break makes from the masters' judgements. */
  MatchingInstance instance(TieBreak tieBreak) {
    MatchingInstance.Builder builder = MatchingInstance.builder();
    for (int[] preference : preferences) {
      builder.addApprentice(preference);
    }
    for (int o = 0; o < places.length; o++) {
      builder.addOffer(places[o], tieBreak.order(judged.get(o)));
    }
    return builder.build();
  }

  /**
   * Up to 8 apprentices and 5 offers; a master refuses one applicant in ten, ranks four in ten with
   * ranks from 1 to 3, and leaves the others unranked; fit scores and distances take two values
   * each.
   */
  static Applications random(SplittableRandom random) {
    Round round = Round.random(random, 8, 5, 3);
    List<List<Application>> judged = new ArrayList<>();
    for (int o = 0; o < round.offers(); o++) {
      List<Application> applications = new ArrayList<>();
      for (int a = 0; a < round.apprentices(); a++) {
        if (!Round.contains(round.preferences()[a], o)) {
          continue;
        }
        double fit = random.nextBoolean() ? 0.5 : 0.8;
        double distance = random.nextBoolean() ? 5 : 20;
        int judgement = random.nextInt(10);
        if (judgement == 0) {
          applications.add(Application.refused(a));
        } else if (judgement <= 4) {
          applications.add(Application.ranked(a, 1 + random.nextInt(3), fit, distance));
        } else {
          applications.add(Application.unranked(a, fit, distance));
        }
      }
      judged.add(applications);
    }
    return new Applications(round.preferences(), round.places(), judged);
  }
}
