package fr.passeurs.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The life of a class visit booking: every action, allowed and refused, for every party. */
class VisitBookingTest {

  static final Duration LIMIT = Duration.ofDays(7);
  static final VisitRules RULES = new VisitRules(Map.of(), Duration.ofDays(5), LIMIT);
  static final LocalDate DAY = LocalDate.of(2031, 3, 11); // a Tuesday
  static final TimeRange FIRST = TimeRange.inParis(DAY, LocalTime.of(9, 30), LocalTime.of(11, 0));
  static final TimeRange SECOND =
      TimeRange.inParis(DAY.plusDays(1), LocalTime.of(14, 0), LocalTime.of(15, 30));
  static final Instant NOW = DAY.minusDays(30).atStartOfDay(ClockProducer.PARIS).toInstant();

  static final Set<Party> TEACHER = EnumSet.of(Party.TEACHER);
  static final Set<Party> HOST = EnumSet.of(Party.HOST);
  static final Set<Party> MANAGER = EnumSet.of(Party.MANAGER);
  static final Set<Party> NOBODY = EnumSet.noneOf(Party.class);

  static VisitOffer offer() {
    return new VisitOffer(
        "artisan",
        "manufacture",
        Domain.METAL,
        null,
        new OfferDetails(
            "know-how",
            null,
            "room",
            "La forge",
            "",
            VisitFormat.DEMONSTRATION,
            EnumSet.of(SchoolLevel.PRIMARY_CYCLE_3, SchoolLevel.COLLEGE),
            90,
            5,
            28,
            Set.of(),
            8,
            "",
            "",
            List.of(new OfferPeriod(DAY.minusMonths(6), DAY.plusMonths(6))),
            EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)),
        NOW);
  }

  static VisitBooking requested() {
    return requested(24, 3, SchoolLevel.PRIMARY_CYCLE_3, 30);
  }

  static VisitBooking requested(int pupils, int adults, SchoolLevel level, int roomCapacity) {
    School school = new School(new Uai("0750655E"), "École", "Paris", NOW);
    return new VisitBooking(
        offer(),
        school,
        "teacher",
        new VisitBooking.Request(level, pupils, adults, Set.of(), "", List.of()),
        List.of(FIRST, SECOND),
        roomCapacity,
        RULES,
        NOW);
  }

  static VisitBooking confirmed() {
    VisitBooking booking = requested();
    booking.confirm(0, "artisan", HOST, NOW, LIMIT);
    return booking;
  }

  static String refusalType(VisitBooking b, VisitAction a, Set<Party> who, Instant at) {
    return b.refusal(a, who, at, LIMIT).map(DomainException::type).orElse("allowed");
  }

  @Test
  void aRequestWaitsForAnAnswerUntilItsLimit() {
    VisitBooking booking = requested();
    assertThat(booking.status()).isEqualTo(VisitStatus.REQUESTED);
    assertThat(booking.answerBy()).isEqualTo(NOW.plus(Duration.ofDays(5)));
    assertThat(booking.history())
        .extracting(VisitStep::action)
        .containsExactly(VisitAction.REQUEST);
  }

  @Test
  void theAnswerLimitIsNeverAfterTheLastWishedTime() {
    Instant late = SECOND.start().minus(Duration.ofDays(1));
    School school = new School(new Uai("0750655E"), "École", "Paris", late);
    VisitBooking booking =
        new VisitBooking(
            offer(),
            school,
            "teacher",
            new VisitBooking.Request(SchoolLevel.COLLEGE, 20, 2, Set.of(), "", List.of()),
            List.of(FIRST, SECOND),
            30,
            RULES,
            late);
    assertThat(booking.answerBy()).isEqualTo(SECOND.start());
  }

  @Test
  void aRequestedVisitOffersTheHostConfirmDeclineCancelAndTheTeacherCancel() {
    VisitBooking booking = requested();
    assertThat(names(booking.allowed(HOST, NOW, LIMIT)))
        .containsExactly("confirm", "decline", "cancel");
    assertThat(names(booking.allowed(MANAGER, NOW, LIMIT)))
        .containsExactly("confirm", "decline", "cancel");
    assertThat(names(booking.allowed(TEACHER, NOW, LIMIT))).containsExactly("cancel");
    assertThat(booking.allowed(NOBODY, NOW, LIMIT)).isEmpty();
  }

  @Test
  void theTeacherCannotConfirmNorDecline() {
    VisitBooking booking = requested();
    assertThat(refusalType(booking, VisitAction.CONFIRM, TEACHER, NOW)).isEqualTo("forbidden");
    assertThat(refusalType(booking, VisitAction.DECLINE, TEACHER, NOW)).isEqualTo("forbidden");
    assertThatThrownBy(() -> booking.confirm(0, "teacher", TEACHER, NOW, LIMIT))
        .isInstanceOf(DomainException.class);
    assertThat(booking.status()).isEqualTo(VisitStatus.REQUESTED);
  }

  @Test
  void confirmingTakesTheChosenWishedTime() {
    VisitBooking booking = requested();
    assertThat(booking.confirm(1, "artisan", HOST, NOW, LIMIT)).isEqualTo(SECOND);
    assertThat(booking.status()).isEqualTo(VisitStatus.CONFIRMED);
    assertThat(booking.confirmedTime()).contains(SECOND);
    assertThat(booking.history())
        .extracting(VisitStep::action, VisitStep::from, VisitStep::to)
        .last()
        .isEqualTo(
            org.assertj.core.groups.Tuple.tuple(
                VisitAction.CONFIRM, VisitStatus.REQUESTED, VisitStatus.CONFIRMED));
  }

  @Test
  void aChoiceThatIsNotAWishedTimeOrHasPassedIsRefused() {
    assertThatThrownBy(() -> requested().confirm(2, "artisan", HOST, NOW, LIMIT))
        .hasMessageContaining("choice");
    Instant betweenBoth = FIRST.end();
    assertThatThrownBy(() -> requested().confirm(0, "artisan", HOST, betweenBoth, LIMIT))
        .hasMessageContaining("passed");
    assertThat(refusalType(requested(), VisitAction.CONFIRM, HOST, SECOND.start()))
        .isEqualTo("visit-state");
  }

  @Test
  void declineAndCancelNeedAReason() {
    assertThatThrownBy(() -> requested().decline(" ", "artisan", HOST, NOW, LIMIT))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> requested().cancel(null, "teacher", TEACHER, NOW, LIMIT))
        .hasMessageContaining("reason");
  }

  @Test
  void aDeclinedVisitIsFinal() {
    VisitBooking booking = requested();
    booking.decline("Forge en réparation", "artisan", HOST, NOW, LIMIT);
    assertThat(booking.status()).isEqualTo(VisitStatus.DECLINED);
    assertThat(booking.reason()).isEqualTo("Forge en réparation");
    for (VisitAction action :
        List.of(
            VisitAction.CONFIRM, VisitAction.DECLINE, VisitAction.CANCEL, VisitAction.MARK_DONE)) {
      assertThat(refusalType(booking, action, MANAGER, NOW)).isEqualTo("visit-state");
    }
    assertThat(booking.expire(booking.answerBy())).isFalse();
  }

  @Test
  void theTeacherWithdrawsARequestAtAnyTime() {
    VisitBooking booking = requested();
    Instant dayBefore = FIRST.start().minus(Duration.ofDays(1));
    assertThat(booking.cancel("Sortie reportée", "teacher", TEACHER, dayBefore, LIMIT)).isFalse();
    assertThat(booking.status()).isEqualTo(VisitStatus.CANCELLED);
  }

  @Test
  void beforeTheLimitEitherSideCancelsAConfirmedVisit() {
    Instant early = FIRST.start().minus(LIMIT).minusSeconds(1);
    assertThat(names(confirmed().allowed(TEACHER, early, LIMIT))).containsExactly("cancel");
    assertThat(names(confirmed().allowed(HOST, early, LIMIT))).containsExactly("cancel");
    VisitBooking booking = confirmed();
    assertThat(booking.cancel("Grève des transports", "teacher", TEACHER, early, LIMIT)).isTrue();
    assertThat(booking.status()).isEqualTo(VisitStatus.CANCELLED);
  }

  @Test
  void afterTheLimitOnlyAManagerCancels() {
    Instant late = FIRST.start().minus(LIMIT);
    assertThat(confirmed().allowed(TEACHER, late, LIMIT)).isEmpty();
    assertThat(confirmed().allowed(HOST, late, LIMIT)).isEmpty();
    assertThat(names(confirmed().allowed(MANAGER, late, LIMIT))).containsExactly("cancel");
    assertThatThrownBy(() -> confirmed().cancel("Trop tard", "teacher", TEACHER, late, LIMIT))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("only a manager")
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.FORBIDDEN);
    VisitBooking booking = confirmed();
    booking.cancel("Intempéries", "manager", MANAGER, late, LIMIT);
    assertThat(booking.status()).isEqualTo(VisitStatus.CANCELLED);
  }

  @Test
  void onceBegunAVisitIsNotCancelledButMarkedDoneAfterItsEnd() {
    assertThat(refusalType(confirmed(), VisitAction.CANCEL, MANAGER, FIRST.start()))
        .isEqualTo("visit-state");
    assertThat(refusalType(confirmed(), VisitAction.MARK_DONE, HOST, FIRST.start()))
        .isEqualTo("visit-state");
    assertThat(names(confirmed().allowed(HOST, FIRST.end(), LIMIT))).containsExactly("markDone");
    assertThat(refusalType(confirmed(), VisitAction.MARK_DONE, TEACHER, FIRST.end()))
        .isEqualTo("forbidden");
    VisitBooking booking = confirmed();
    booking.markDone(22, 3, "artisan", HOST, FIRST.end(), LIMIT);
    assertThat(booking.status()).isEqualTo(VisitStatus.DONE);
    assertThat(booking.presentPupils()).isEqualTo(22);
    assertThat(booking.presentAdults()).isEqualTo(3);
    assertThat(booking.allowed(MANAGER, FIRST.end(), LIMIT)).isEmpty();
  }

  @Test
  void theTeacherConfirmsTheNumbersPresentOnceTheVisitIsDone() {
    VisitBooking booking = confirmed();
    assertThat(refusalType(booking, VisitAction.CONFIRM_ATTENDANCE, TEACHER, FIRST.end()))
        .isEqualTo("visit-state");
    booking.markDone(22, 3, "artisan", HOST, FIRST.end(), LIMIT);
    assertThat(names(booking.allowed(TEACHER, FIRST.end(), LIMIT)))
        .containsExactly("confirmAttendance");
    assertThat(refusalType(booking, VisitAction.CONFIRM_ATTENDANCE, HOST, FIRST.end()))
        .isEqualTo("forbidden");
    booking.confirmAttendance("teacher", TEACHER, FIRST.end(), LIMIT);
    assertThat(booking.attendanceConfirmedAt()).isEqualTo(FIRST.end());
    assertThat(booking.history())
        .last()
        .extracting(VisitStep::action)
        .isEqualTo(VisitAction.CONFIRM_ATTENDANCE);
    assertThat(booking.allowed(TEACHER, FIRST.end(), LIMIT)).isEmpty();
  }

  @Test
  void presentCountsMustFitTheRoom() {
    assertThatThrownBy(() -> confirmed().markDone(29, 2, "artisan", HOST, FIRST.end(), LIMIT))
        .hasMessageContaining("30 people at most");
    assertThatThrownBy(() -> confirmed().markDone(-1, 2, "artisan", HOST, FIRST.end(), LIMIT))
        .hasMessageContaining("presentPupils");
    assertThatThrownBy(() -> confirmed().markDone(20, null, "artisan", HOST, FIRST.end(), LIMIT))
        .hasMessageContaining("presentAdults");
  }

  @Test
  void anUnansweredRequestExpiresAtItsLimitOnly() {
    VisitBooking booking = requested();
    assertThat(booking.expire(booking.answerBy().minusSeconds(1))).isFalse();
    assertThat(booking.expire(booking.answerBy())).isTrue();
    assertThat(booking.status()).isEqualTo(VisitStatus.EXPIRED);
    assertThat(booking.history().get(1).actorId()).isNull();
    assertThat(confirmed().expire(FIRST.end())).isFalse();
  }

  @Test
  void theGroupMustSuitTheOfferTheRoomAndTheRatio() {
    assertThatThrownBy(() -> requested(24, 2, SchoolLevel.PRIMARY_CYCLE_3, 40))
        .hasMessageContaining("at least 3 accompanying adults (one per 8 pupils)");
    assertThatThrownBy(() -> requested(29, 4, SchoolLevel.PRIMARY_CYCLE_3, 40))
        .hasMessageContaining("5 to 28 pupils");
    assertThatThrownBy(() -> requested(24, 3, SchoolLevel.PRIMARY_CYCLE_3, 26))
        .hasMessageContaining("the room holds 26 people");
    assertThatThrownBy(() -> requested(24, 3, SchoolLevel.LYCEE, 40))
        .hasMessageContaining("does not welcome classes of lycée");
    assertThat(requested(24, 2, SchoolLevel.COLLEGE, 40).status()).isEqualTo(VisitStatus.REQUESTED);
  }

  @Test
  void anOfferTakesPlaceInItsPeriodsOnItsWeekdays() {
    VisitOffer offer = offer();
    assertThat(offer.whyNot(FIRST)).isEmpty();
    TimeRange monday =
        TimeRange.inParis(DAY.minusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 30));
    assertThat(offer.whyNot(monday)).get().asString().contains("Monday");
    assertThat(offer.whyNot(monday).orElseThrow().in(java.util.Locale.FRENCH)).contains("lundi");
    TimeRange later = TimeRange.inParis(DAY.plusYears(1), LocalTime.of(9, 0), LocalTime.of(10, 30));
    assertThat(offer.whyNot(later)).get().asString().contains("outside the periods");
  }

  private static List<String> names(List<VisitAction> actions) {
    return actions.stream().map(VisitAction::apiName).toList();
  }
}
