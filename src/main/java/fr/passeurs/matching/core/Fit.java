package fr.passeurs.matching.core;

import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.catalogue.Rarity;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How well an offer suits an apprentice, and why: whether its prerequisites are met (distance
 * within the apprentice's radius, level, age, availability), then a score from their interest in
 * the craft or the know-how, distance, level and start date, with a bonus for rare know-how. Used
 * to recommend offers and, in a round, to order the applicants a master left tied or unranked.
 */
public record Fit(boolean eligible, double score, double distanceKm, List<Reason> reasons) {

  /** Days an apprentice may be available after an offer starts and still join it. */
  public static final int LATE_START_DAYS = 31;

  /** One reason: a stable code, and what it says, written in the reader's language. */
  public record Reason(String code, Message text) {

    /** The reason of this code, its text {@code reason.<code>} taking these arguments. */
    static Reason because(String code, Object... args) {
      return new Reason(code, Message.of("reason." + code, args));
    }
  }

  public Fit {
    reasons = List.copyOf(reasons);
  }

  /** What the fit reads of an apprentice's profile. */
  public record Seeker(
      GeoPoint home,
      String homeCity,
      int travelKm,
      ApprenticeLevel level,
      LocalDate availableFrom,
      Set<String> knowHowIds,
      Set<String> craftCodes) {}

  /** What the fit reads of an offer. */
  public record Terms(
      GeoPoint place, ApprenticeLevel requiredLevel, Integer minimumAge, LocalDate startDate) {}

  /** The fit of an offer for an apprentice of that age (null if unknown) at its start. */
  public static Fit of(Seeker profile, Terms offer, KnowHowSummary knowHow, Integer age) {
    List<Reason> reasons = new ArrayList<>();
    boolean eligible = true;
    double distance =
        offer.place() == null ? Double.MAX_VALUE : offer.place().distanceKm(profile.home());
    if (distance > profile.travelKm()) {
      eligible = false;
      reasons.add(Reason.because("TOO_FAR", Math.round(distance), profile.travelKm()));
    }
    if (!profile.level().reaches(offer.requiredLevel())) {
      eligible = false;
      reasons.add(
          Reason.because(
              "LEVEL_TOO_LOW", Message.of("apprenticeLevel." + offer.requiredLevel().name())));
    }
    if (offer.minimumAge() != null && (age == null || age < offer.minimumAge())) {
      eligible = false;
      reasons.add(
          new Reason(
              "TOO_YOUNG",
              Message.of(
                  age == null ? "reason.TOO_YOUNG.age-unknown" : "reason.TOO_YOUNG",
                  offer.minimumAge())));
    }
    if (profile.availableFrom().isAfter(offer.startDate().plusDays(LATE_START_DAYS))) {
      eligible = false;
      reasons.add(Reason.because("NOT_AVAILABLE", offer.startDate()));
    }
    double score = 0;
    if (knowHow != null && profile.knowHowIds().contains(knowHow.id())) {
      score += 40;
      reasons.add(Reason.because("KNOW_HOW_OF_INTEREST", knowHow.title()));
    } else if (knowHow != null
        && knowHow.craftCode() != null
        && profile.craftCodes().contains(knowHow.craftCode())) {
      score += 25;
      reasons.add(Reason.because("CRAFT_OF_INTEREST"));
    }
    if (eligible) {
      double closeness =
          profile.travelKm() == 0 ? 1 : Math.max(0, 1 - distance / profile.travelKm());
      score += 20 * closeness;
      reasons.add(Reason.because("WITHIN_REACH", Math.round(distance), profile.homeCity()));
      score += profile.level() == offer.requiredLevel() ? 10 : 5;
      if (!profile.availableFrom().isAfter(offer.startDate())) {
        score += 10;
        reasons.add(Reason.because("AVAILABLE", offer.startDate()));
      }
    }
    Rarity rarity = knowHow == null ? null : knowHow.rarity();
    if (rarity != null && rarity.recommendationWeight() > 0) {
      score += rarity.recommendationWeight();
      reasons.add(Reason.because("RARE_KNOW_HOW", Message.of("rarity.word." + rarity.name())));
    }
    return new Fit(eligible, score, distance, reasons);
  }
}
