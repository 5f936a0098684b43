package fr.passeurs.matching.api;

import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.ApprenticeProfile;
import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.people.AccountSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** How apprenticeship offers, profiles, applications and recommendations look in the API. */
public final class MatchingViews {

  private MatchingViews() {}

  /** Someone, by name. */
  public record MatchPerson(String id, String displayName) {
    static MatchPerson of(AccountSummary a) {
      return a == null ? null : new MatchPerson(a.id(), a.displayName());
    }
  }

  /** The know-how an offer passes on, with how rare it is. */
  public record MatchKnowHow(String id, String title, String domain, String rarity) {
    static MatchKnowHow of(String id, KnowHowSummary k) {
      return k == null
          ? new MatchKnowHow(id, null, null, null)
          : new MatchKnowHow(
              id, k.title(), k.domain().name(), k.rarity() == null ? null : k.rarity().name());
    }
  }

  /** An apprenticeship offer. */
  public record ApprenticeshipOfferView(
      String id,
      String title,
      String description,
      MatchKnowHow knowHow,
      MatchPerson master,
      String manufactureId,
      int places,
      int freePlaces,
      LocalDate startDate,
      LocalDate endDate,
      int durationMonths,
      int daysPerWeek,
      String requiredLevel,
      Integer minimumAge,
      List<String> milestones,
      String status,
      long version,
      Instant createdAt) {

    static ApprenticeshipOfferView of(
        ApprenticeshipOffer o, KnowHowSummary k, AccountSummary master) {
      return new ApprenticeshipOfferView(
          o.id(),
          o.title(),
          o.description(),
          MatchKnowHow.of(o.knowHowId(), k),
          MatchPerson.of(master),
          o.manufactureId(),
          o.places(),
          o.freePlaces(),
          o.startDate(),
          o.endDate(),
          o.durationMonths(),
          o.daysPerWeek(),
          o.requiredLevel().name(),
          o.minimumAge(),
          o.milestones(),
          o.status().name(),
          o.version(),
          o.createdAt());
    }
  }

  /** An apprentice's profile and ranked applications. */
  public record ProfileView(
      List<String> craftCodes,
      List<String> knowHowIds,
      String homeCity,
      double latitude,
      double longitude,
      int travelKm,
      LocalDate availableFrom,
      String level,
      String experience,
      String motivation,
      List<String> applications,
      long version) {

    static ProfileView of(ApprenticeProfile p) {
      return new ProfileView(
          p.craftCodes().stream().sorted().toList(),
          p.knowHowIds().stream().sorted().toList(),
          p.homeCity(),
          p.home().latitude(),
          p.home().longitude(),
          p.travelKm(),
          p.availableFrom(),
          p.level().name(),
          p.experience(),
          p.motivation(),
          p.choices(),
          p.version());
    }
  }

  /** Why an offer is recommended: its code, and its text in the language the client asked. */
  public record ReasonView(String code, String text) {
    static ReasonView of(Fit.Reason r, Locale language) {
      return new ReasonView(r.code(), r.text().in(language));
    }
  }

  /** A recommended offer, its score, distance and reasons. */
  public record RecommendationView(
      ApprenticeshipOfferView offer, double score, double distanceKm, List<ReasonView> reasons) {}

  /** An applicant to an offer, as their master sees them, with the master's word on them. */
  public record ApplicantView(
      MatchPerson apprentice,
      String level,
      String homeCity,
      double distanceKm,
      double fit,
      String motivation,
      String experience,
      Integer priority,
      boolean unacceptable) {}
}
