package fr.passeurs.matching.api;

import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.ApprenticeProfile;
import fr.passeurs.matching.Apprenticeship;
import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.Match;
import fr.passeurs.matching.MatchingRound;
import fr.passeurs.matching.RoundProgress;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Messages;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import jakarta.json.JsonObject;
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
      boolean unacceptable,
      String proposal,
      Instant respondBy) {}

  /** One step of the plan. */
  public record MilestoneView(String title, Instant reachedAt) {}

  /** An apprenticeship and its progress. */
  public record ApprenticeshipView(
      String id,
      String offerId,
      String masterId,
      String apprenticeId,
      LocalDate startsOn,
      LocalDate endsOn,
      List<MilestoneView> milestones,
      int reached) {
    static ApprenticeshipView of(Apprenticeship a) {
      return new ApprenticeshipView(
          a.id(),
          a.offerId(),
          a.masterId(),
          a.apprenticeId(),
          a.startsOn(),
          a.endsOn(),
          a.milestones().stream().map(m -> new MilestoneView(m.title(), m.reachedAt())).toList(),
          a.reachedCount());
    }
  }

  /** A proposed place. */
  public record MatchView(
      String id,
      String roundId,
      String offerId,
      String status,
      Instant respondBy,
      Instant decidedAt) {
    static MatchView of(Match m) {
      return new MatchView(
          m.id(), m.roundId(), m.offerId(), m.status().name(), m.respondBy(), m.decidedAt());
    }
  }

  /** What the last round gave: the offer, or none, and why not the offers ranked above it. */
  public record OutcomeView(String roundId, String offerId, JsonObject explanation) {}

  /** Which offers: one manufacture's, or none for the platform (admin); a seed to reproduce one. */
  public record RoundRequest(@TextSize(max = 36) String manufactureId, Long seed) {}

  /** A round, its progress and figures. */
  public record RoundView(
      String id,
      String manufactureId,
      String status,
      String phase,
      int progressDone,
      int progressTotal,
      long seed,
      Instant startedAt,
      Instant finishedAt,
      Instant respondBy,
      int applicants,
      int offers,
      int places,
      int matched,
      int unmatched,
      int rarePlaces,
      int rareMatched,
      String error) {

    /** The round; why it failed, if it did, in this language. */
    static RoundView of(MatchingRound r, RoundProgress.Row p, Locale language) {
      MatchingRound.RoundFigures f = r.figures();
      return new RoundView(
          r.id(),
          r.manufactureId(),
          r.status().name(),
          p.phase().name(),
          p.done(),
          p.total(),
          r.seed(),
          r.startedAt(),
          r.finishedAt(),
          r.respondBy(),
          f.applicants(),
          f.offers(),
          f.places(),
          f.matched(),
          f.applicants() - f.matched(),
          f.rarePlaces(),
          f.rareMatched(),
          r.error() == null ? null : Messages.format(language, r.error()));
    }
  }

  /** The offers, most wished first. */
  public record ApplicationsRequest(List<@TextSize(max = 36) String> offerIds) {

    /** The most offers an apprentice applies to. */
    public static final int MAX_OFFERS = ApprenticeProfile.MAX_CHOICES;
  }

  /**
   * A profile: crafts (codes of the official list) and know-how (ids) of interest, home town and
   * place (LAT,LON), how far one travels (km), available from, level (NOVICE, BEGINNER,
   * INTERMEDIATE, ADVANCED), experience, motivation.
   */
  public record ApprenticeProfileRequest(
      List<@TextSize(max = 64) String> craftCodes,
      List<@TextSize(max = 36) String> knowHowIds,
      @TextSize(max = 120) String homeCity,
      @TextSize(max = 60) String home,
      Integer travelKm,
      LocalDate availableFrom,
      @TextSize(max = 32) String level,
      @TextSize(max = 2000) @MultiLine String experience,
      @TextSize(max = 2000) @MultiLine String motivation) {}

  /** A master's ranking: priorities (1 first; equal numbers tie) and those unacceptable. */
  public record RankingRequest(List<Ranked> ranked, List<@TextSize(max = 36) String> unacceptable) {

    /** One applicant and their priority. */
    public record Ranked(@TextSize(max = 36) String apprenticeId, Integer priority) {}
  }
}
