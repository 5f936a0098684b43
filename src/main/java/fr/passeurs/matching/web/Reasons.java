package fr.passeurs.matching.web;

import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.ApprenticeProfile;
import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.Fit;
import fr.passeurs.platform.web.Dates;
import fr.passeurs.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The reasons of a fit, kept with the figures they speak of, and said in the reader's language when
 * the page is drawn.
 */
public record Reasons(
    List<String> codes,
    List<String> sentences,
    String knowHowTitle,
    String rarity,
    long distanceKm,
    String homeCity,
    int travelKm,
    LocalDate startDate,
    String requiredLevel,
    Integer minimumAge)
    implements Serializable {

  public Reasons {
    codes = List.copyOf(codes);
    sentences = List.copyOf(sentences);
  }

  static Reasons of(
      Fit fit, ApprenticeshipOffer offer, KnowHowSummary knowHow, ApprenticeProfile profile) {
    return new Reasons(
        fit.reasons().stream().map(Fit.Reason::code).toList(),
        fit.reasons().stream().map(Fit.Reason::text).toList(),
        knowHow == null ? "" : knowHow.title(),
        knowHow == null || knowHow.rarity() == null ? null : knowHow.rarity().name(),
        Math.round(Math.min(fit.distanceKm(), 1e6)),
        profile.homeCity(),
        profile.travelKm(),
        offer.startDate(),
        offer.requiredLevel().name(),
        offer.minimumAge());
  }

  /** Each reason as a sentence of the page's language (the API's sentence for an unknown code). */
  public List<String> getTexts() {
    return java.util.stream.IntStream.range(0, codes.size()).mapToObj(this::text).toList();
  }

  private String text(int i) {
    String code = codes.get(i);
    String key = "reason." + code;
    String text =
        switch (code) {
          case "KNOW_HOW_OF_INTEREST" -> Feedback.text(key, knowHowTitle);
          case "CRAFT_OF_INTEREST" -> Feedback.text(key);
          case "WITHIN_REACH" -> Feedback.text(key, String.valueOf(distanceKm), homeCity);
          case "TOO_FAR" ->
              Feedback.text(key, String.valueOf(distanceKm), String.valueOf(travelKm));
          case "AVAILABLE", "NOT_AVAILABLE" -> Feedback.text(key, new Dates().date(startDate));
          case "LEVEL_TOO_LOW" ->
              Feedback.text(key, Feedback.text("apprenticeLevel." + requiredLevel));
          case "TOO_YOUNG" -> Feedback.text(key, String.valueOf(minimumAge));
          case "RARE_KNOW_HOW" ->
              Feedback.text(
                  key,
                  rarity == null ? "" : Feedback.text("rarity." + rarity).toLowerCase(locale()));
          default -> key;
        };
    return text.equals(key) ? sentences.get(i) : text;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
