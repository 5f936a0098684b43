package fr.passeurs.matching;

import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.catalogue.Rarity;
import java.util.ArrayList;
import java.util.List;

/**
 * How well an offer suits an apprentice, and why: whether its prerequisites are met (distance
 * within the apprentice's radius, level, age, availability), then a score from their interest in
 * the craft or the know-how, distance, level and start date, with a bonus for rare know-how. Used
 * to recommend offers and, in a round, to order the applicants a master left tied or unranked.
 */
public record Fit(boolean eligible, double score, double distanceKm, List<Reason> reasons) {

  /** Days an apprentice may be available after an offer starts and still join it. */
  public static final int LATE_START_DAYS = 31;

  /** One reason, with a stable code for pages to translate and a sentence for the API. */
  public record Reason(String code, String text) {}

  public Fit {
    reasons = List.copyOf(reasons);
  }

  /** The fit of an offer for an apprentice of that age (null if unknown) at its start. */
  public static Fit of(
      ApprenticeProfile profile, ApprenticeshipOffer offer, KnowHowSummary knowHow, Integer age) {
    List<Reason> reasons = new ArrayList<>();
    boolean eligible = true;
    double distance =
        offer.place() == null ? Double.MAX_VALUE : offer.place().distanceKm(profile.home());
    if (distance > profile.travelKm()) {
      eligible = false;
      reasons.add(
          new Reason(
              "TOO_FAR",
              Math.round(distance)
                  + " km away, beyond the "
                  + profile.travelKm()
                  + " km you travel"));
    }
    if (!profile.level().reaches(offer.requiredLevel())) {
      eligible = false;
      reasons.add(new Reason("LEVEL_TOO_LOW", "requires the level " + offer.requiredLevel()));
    }
    if (offer.minimumAge() != null && (age == null || age < offer.minimumAge())) {
      eligible = false;
      reasons.add(
          new Reason(
              "TOO_YOUNG",
              "from "
                  + offer.minimumAge()
                  + " years"
                  + (age == null ? " (give your birth date)" : "")));
    }
    if (profile.availableFrom().isAfter(offer.startDate().plusDays(LATE_START_DAYS))) {
      eligible = false;
      reasons.add(
          new Reason("NOT_AVAILABLE", "starts on " + offer.startDate() + ", before you are free"));
    }
    double score = 0;
    if (knowHow != null && profile.knowHowIds().contains(knowHow.id())) {
      score += 40;
      reasons.add(
          new Reason(
              "KNOW_HOW_OF_INTEREST", "the know-how " + knowHow.title() + " you wish to learn"));
    } else if (knowHow != null
        && knowHow.craftCode() != null
        && profile.craftCodes().contains(knowHow.craftCode())) {
      score += 25;
      reasons.add(new Reason("CRAFT_OF_INTEREST", "a craft you wish to learn"));
    }
    if (eligible) {
      double closeness =
          profile.travelKm() == 0 ? 1 : Math.max(0, 1 - distance / profile.travelKm());
      score += 20 * closeness;
      reasons.add(
          new Reason("WITHIN_REACH", Math.round(distance) + " km from " + profile.homeCity()));
      score += profile.level() == offer.requiredLevel() ? 10 : 5;
      if (!profile.availableFrom().isAfter(offer.startDate())) {
        score += 10;
        reasons.add(
            new Reason("AVAILABLE", "you are free when it starts, on " + offer.startDate()));
      }
    }
    Rarity rarity = knowHow == null ? null : knowHow.rarity();
    if (rarity != null && rarity != Rarity.SAFE) {
      score +=
          switch (rarity) {
            case CRITICAL -> 30;
            case ENDANGERED -> 20;
            default -> 10;
          };
      reasons.add(
          new Reason(
              "RARE_KNOW_HOW",
              "a "
                  + rarity.name().toLowerCase(java.util.Locale.ROOT)
                  + " know-how: few hold it, passing it on comes first"));
    }
    return new Fit(eligible, score, distance, reasons);
  }
}
