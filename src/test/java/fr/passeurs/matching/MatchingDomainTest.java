package fr.passeurs.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.catalogue.Rarity;
import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of offers, fit, proposed places and apprenticeships, without a server. */
class MatchingDomainTest {

  static final Instant NOW = Instant.parse("2031-01-10T10:00:00Z");
  static final LocalDate START = LocalDate.of(2031, 4, 1);
  static final GeoPoint AUBUSSON = new GeoPoint(45.956, 2.168);
  static final GeoPoint GUERET = new GeoPoint(46.17, 1.87);

  static ApprenticeshipTerms terms(int places, ApprenticeLevel level, Integer minimumAge) {
    return new ApprenticeshipTerms(
        "know-how",
        "Tapisserie",
        "",
        places,
        START,
        24,
        4,
        level,
        minimumAge,
        List.of("Le carton", "La lisse", "Une pièce"));
  }

  /** The fit of that offer for that profile, as the services compute it. */
  static Fit fit(
      ApprenticeProfile profile,
      ApprenticeshipOffer offer,
      fr.passeurs.catalogue.KnowHowSummary knowHow,
      Integer age) {
    return Fit.of(profile.seeker(), offer.terms(), knowHow, age);
  }

  static ApprenticeshipOffer offer(int places) {
    return new ApprenticeshipOffer(
        "master", "manufacture", AUBUSSON, terms(places, ApprenticeLevel.BEGINNER, 16), NOW);
  }

  static ApprenticeProfile profile(int travelKm, ApprenticeLevel level, LocalDate free) {
    return new ApprenticeProfile(
        "apprentice",
        new ApprenticeProfile.Details(
            Set.of("lissier"), Set.of(), "Guéret", GUERET, travelKm, free, level, "", ""),
        NOW);
  }

  static KnowHowSummary knowHow(Rarity rarity) {
    return new KnowHowSummary(
        "know-how",
        "Tapisserie d'Aubusson",
        Domain.TEXTILE,
        "lissier",
        rarity,
        "m",
        Set.of(),
        false);
  }

  @Test
  void anOfferNeedsPlacesADurationALevelAndAPlan() {
    assertThat(ApprenticeshipOffer.problemsWith(terms(0, null, 10)))
        .extracting(fr.passeurs.platform.FieldError::field)
        .containsExactlyInAnyOrder("places", "requiredLevel", "minimumAge");
    assertThat(
            ApprenticeshipOffer.problemsWith(
                new ApprenticeshipTerms(
                    "k", " ", null, 1, null, 0, 7, ApprenticeLevel.NOVICE, null, List.of())))
        .extracting(fr.passeurs.platform.FieldError::field)
        .containsExactlyInAnyOrder(
            "title", "startDate", "durationMonths", "daysPerWeek", "milestones");
  }

  @Test
  void placesAreHeldUpToTheOffersAndFreedAgain() {
    ApprenticeshipOffer offer = offer(2);
    offer.hold();
    offer.hold();
    assertThat(offer.freePlaces()).isZero();
    assertThatThrownBy(offer::hold).isInstanceOf(DomainException.class);
    offer.release();
    assertThat(offer.freePlaces()).isEqualTo(1);
    assertThatThrownBy(() -> offer.revise(terms(0, ApprenticeLevel.BEGINNER, null), NOW))
        .isInstanceOf(DomainException.class);
    offer.close(NOW);
    assertThat(offer.freePlaces()).isZero();
  }

  @Test
  void anOfferWithinReachThatSuitsIsEligibleWithItsReasons() {
    Fit fit =
        fit(
            profile(100, ApprenticeLevel.BEGINNER, START.minusMonths(1)),
            offer(1),
            knowHow(Rarity.SAFE),
            20);
    assertThat(fit.eligible()).isTrue();
    assertThat(fit.distanceKm()).isBetween(25.0, 40.0);
    assertThat(fit.reasons())
        .extracting(Fit.Reason::code)
        .containsExactly("CRAFT_OF_INTEREST", "WITHIN_REACH", "AVAILABLE");
    // 25 craft + 20 × closeness + 10 level + 10 available
    assertThat(fit.score())
        .isCloseTo(
            45 + 20 * (1 - fit.distanceKm() / 100), org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void rareKnowHowComesFirstAmongEquals() {
    ApprenticeProfile me = profile(100, ApprenticeLevel.BEGINNER, START);
    double critical = fit(me, offer(1), knowHow(Rarity.CRITICAL), 20).score();
    double endangered = fit(me, offer(1), knowHow(Rarity.ENDANGERED), 20).score();
    double vulnerable = fit(me, offer(1), knowHow(Rarity.VULNERABLE), 20).score();
    double safe = fit(me, offer(1), knowHow(Rarity.SAFE), 20).score();
    assertThat(List.of(critical, endangered, vulnerable, safe))
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(critical - safe).isEqualTo(30.0);
  }

  @Test
  void tooFarTooYoungTooLateOrNotSkilledEnoughIsNotEligibleAndSaysWhy() {
    assertThat(
            codes(
                fit(
                    profile(10, ApprenticeLevel.BEGINNER, START),
                    offer(1),
                    knowHow(Rarity.SAFE),
                    20)))
        .contains("TOO_FAR");
    assertThat(
            codes(
                fit(
                    profile(100, ApprenticeLevel.NOVICE, START),
                    offer(1),
                    knowHow(Rarity.SAFE),
                    20)))
        .contains("LEVEL_TOO_LOW");
    assertThat(
            codes(
                fit(
                    profile(100, ApprenticeLevel.BEGINNER, START),
                    offer(1),
                    knowHow(Rarity.SAFE),
                    15)))
        .contains("TOO_YOUNG");
    assertThat(
            codes(
                fit(
                    profile(100, ApprenticeLevel.BEGINNER, START),
                    offer(1),
                    knowHow(Rarity.SAFE),
                    null)))
        .contains("TOO_YOUNG");
    assertThat(
            codes(
                fit(
                    profile(100, ApprenticeLevel.BEGINNER, START.plusDays(Fit.LATE_START_DAYS + 1)),
                    offer(1),
                    knowHow(Rarity.SAFE),
                    20)))
        .contains("NOT_AVAILABLE");
    assertThat(
            fit(profile(10, ApprenticeLevel.BEGINNER, START), offer(1), knowHow(Rarity.SAFE), 20)
                .eligible())
        .isFalse();
  }

  @Test
  void anApprenticeRanksAtMostTenOffersEachOnce() {
    ApprenticeProfile me = profile(100, ApprenticeLevel.BEGINNER, START);
    me.apply(List.of("a", "b"), NOW);
    assertThat(me.choices()).containsExactly("a", "b");
    assertThatThrownBy(() -> me.apply(List.of("a", "a"), NOW)).hasMessageContaining("once");
    assertThatThrownBy(
            () -> me.apply(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), NOW))
        .hasMessageContaining("at most 10");
    assertThat(me.choices()).containsExactly("a", "b");
  }

  @Test
  void aProposedPlaceIsAnsweredOnceBeforeItsLimitOrExpires() {
    Instant limit = NOW.plusSeconds(3600);
    Match accepted = new Match("round", "offer", "apprentice", limit, NOW);
    accepted.accept(NOW);
    assertThat(accepted.status()).isEqualTo(MatchStatus.ACCEPTED);
    assertThatThrownBy(() -> accepted.decline(NOW)).hasMessageContaining("already accepted");
    assertThat(accepted.expire(limit)).isFalse();

    Match late = new Match("round", "offer", "apprentice", limit, NOW);
    assertThatThrownBy(() -> late.accept(limit)).hasMessageContaining("passed");
    assertThat(late.expire(limit.minusSeconds(1))).isFalse();
    assertThat(late.expire(limit)).isTrue();
    assertThat(late.status()).isEqualTo(MatchStatus.EXPIRED);
  }

  @Test
  void anApprenticeshipFollowsTheOffersPlanMilestoneByMilestone() {
    ApprenticeshipOffer offer = offer(1);
    Match match = new Match("round", offer.id(), "apprentice", NOW.plusSeconds(60), NOW);
    match.accept(NOW);
    Apprenticeship apprenticeship = new Apprenticeship(match, offer, NOW);
    assertThat(apprenticeship.startsOn()).isEqualTo(START);
    assertThat(apprenticeship.endsOn()).isEqualTo(START.plusMonths(24));
    assertThat(apprenticeship.milestones())
        .extracting(Apprenticeship.Milestone::title)
        .containsExactly("Le carton", "La lisse", "Une pièce");
    apprenticeship.reach(1, NOW);
    assertThat(apprenticeship.reachedCount()).isEqualTo(1);
    assertThatThrownBy(() -> apprenticeship.reach(1, NOW))
        .hasMessageContaining("already marked as reached");
    assertThatThrownBy(() -> apprenticeship.reach(3, NOW)).hasMessageContaining("milestone");
  }

  private static List<String> codes(Fit fit) {
    return fit.reasons().stream().map(Fit.Reason::code).toList();
  }
}
