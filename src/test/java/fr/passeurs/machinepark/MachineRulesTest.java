package fr.passeurs.machinepark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The booking rules of a machine, checked without a server. */
class MachineRulesTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Bookable on the half hour, 1 to 4 hours, 6 hours a week, 14 days ahead, 24 h to cancel. */
  static final MachineRules RULES = new MachineRules(true, 30, 60, 240, 6, 14, 24, 1500);

  /** A Wednesday morning. */
  static final Instant NOW = paris(LocalDate.of(2027, 3, 3), "08:00");

  static Instant paris(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(PARIS).toInstant();
  }

  static TimeRange on(LocalDate day, String from, String to) {
    return new TimeRange(paris(day, from), paris(day, to));
  }

  static DomainException refusal(TimeRange time, Duration used, boolean byManager) {
    try {
      RULES.check("CNC", time, NOW, used, byManager);
    } catch (DomainException e) {
      return e;
    }
    return null;
  }

  @Test
  void aBookingWithinEveryRulePasses() {
    assertThat(refusal(on(LocalDate.of(2027, 3, 4), "09:00", "11:30"), Duration.ZERO, false))
        .isNull();
  }

  @Test
  void aTimeOffTheStepIsRefusedOnTheFieldThatIsOff() {
    DomainException start =
        refusal(on(LocalDate.of(2027, 3, 4), "09:15", "11:00"), Duration.ZERO, false);
    assertThat(start.type()).isEqualTo("validation");
    assertThat(start.errors()).extracting(FieldError::field).containsExactly("start");
    DomainException end =
        refusal(on(LocalDate.of(2027, 3, 4), "09:00", "10:45"), Duration.ZERO, false);
    assertThat(end.errors()).extracting(FieldError::field).containsExactly("end");
    assertThat(end.errors().get(0).args()).containsExactly(30);
  }

  @Test
  void aQuarterHourStepAcceptsQuarterHours() {
    MachineRules fine = new MachineRules(true, 15, 15, 60, 6, 14, 24, 0);
    fine.check("Laser", on(LocalDate.of(2027, 3, 4), "09:15", "09:45"), NOW, Duration.ZERO, false);
  }

  @Test
  void tooShortAndTooLongNameTheirLimit() {
    DomainException shortOne =
        refusal(on(LocalDate.of(2027, 3, 4), "09:00", "09:30"), Duration.ZERO, false);
    assertThat(shortOne.type()).isEqualTo("too-short");
    assertThat(shortOne.kind()).isEqualTo(DomainException.Kind.INVALID);
    assertThat(shortOne.detail().args()).containsExactly("CNC", 60);
    DomainException longOne =
        refusal(on(LocalDate.of(2027, 3, 4), "09:00", "13:30"), Duration.ZERO, false);
    assertThat(longOne.type()).isEqualTo("too-long");
    assertThat(longOne.detail().args()).containsExactly("CNC", 240);
  }

  @Test
  void aTimeAlreadyStartedIsRefused() {
    DomainException past =
        refusal(on(LocalDate.of(2027, 3, 3), "07:30", "09:00"), Duration.ZERO, false);
    assertThat(past.errors()).extracting(FieldError::field).containsExactly("start");
  }

  @Test
  void beyondTheHorizonIsRefusedExceptToAManager() {
    TimeRange far = on(LocalDate.of(2027, 3, 18), "09:00", "10:00");
    DomainException refused = refusal(far, Duration.ZERO, false);
    assertThat(refused.type()).isEqualTo("beyond-horizon");
    assertThat(refused.detail().args()).containsExactly("CNC", 14, LocalDate.of(2027, 3, 17));
    assertThat(refusal(far, Duration.ZERO, true)).isNull();
    // the last hour that ends within the horizon passes
    assertThat(refusal(on(LocalDate.of(2027, 3, 17), "07:00", "08:00"), Duration.ZERO, false))
        .isNull();
  }

  @Test
  void theWeeklyQuotaCountsWhatIsHeldThatWeekExceptForAManager() {
    TimeRange twoHours = on(LocalDate.of(2027, 3, 5), "09:00", "11:00");
    assertThat(refusal(twoHours, Duration.ofHours(4), false)).isNull();
    DomainException over = refusal(twoHours, Duration.ofMinutes(270), false);
    assertThat(over.type()).isEqualTo("quota-exceeded");
    assertThat(over.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(over.detail().args().subList(0, 3))
        .containsExactly("CNC", 6, LocalDate.of(2027, 3, 1));
    assertThat(refusal(twoHours, Duration.ofMinutes(270), true)).isNull();
  }

  @Test
  void aWeekRunsFromMondayMidnightToMondayMidnightInParis() {
    TimeRange week = MachineRules.weekOf(paris(LocalDate.of(2027, 3, 7), "23:59"));
    assertThat(week.start()).isEqualTo(paris(LocalDate.of(2027, 3, 1), "00:00"));
    assertThat(week.end()).isEqualTo(paris(LocalDate.of(2027, 3, 8), "00:00"));
    // Monday 00:30 in Paris is still Sunday in UTC, yet in the new week
    TimeRange next = MachineRules.weekOf(paris(LocalDate.of(2027, 3, 8), "00:30"));
    assertThat(next.start()).isEqualTo(paris(LocalDate.of(2027, 3, 8), "00:00"));
  }

  @Test
  void theWeekOfAClockChangeLastsOneHourLessOrMore() {
    // summer time begins on Sunday 28 March 2027, ends on Sunday 31 October 2027
    assertThat(MachineRules.weekOf(paris(LocalDate.of(2027, 3, 24), "10:00")).duration())
        .isEqualTo(Duration.ofHours(167));
    assertThat(MachineRules.weekOf(paris(LocalDate.of(2027, 10, 27), "10:00")).duration())
        .isEqualTo(Duration.ofHours(169));
    // a booking on the Monday after the change is in the next week, its own Monday included
    assertThat(MachineRules.weekOf(paris(LocalDate.of(2027, 3, 29), "09:00")).start())
        .isEqualTo(paris(LocalDate.of(2027, 3, 29), "00:00"));
  }

  @Test
  void theStepIsReadOnTheParisClockAcrossAClockChange() {
    MachineRules hourly = new MachineRules(true, 60, 60, 120, 6, 60, 24, 0);
    Instant winter = paris(LocalDate.of(2027, 3, 1), "08:00");
    // 9:00 in Paris is 08:00 UTC in winter and 07:00 UTC in summer: both on the hour step
    hourly.check(
        "Four", on(LocalDate.of(2027, 3, 26), "09:00", "10:00"), winter, Duration.ZERO, false);
    hourly.check(
        "Four", on(LocalDate.of(2027, 3, 29), "09:00", "10:00"), winter, Duration.ZERO, false);
  }

  @Test
  void freeCancellationEndsSoManyHoursBeforeTheStart() {
    Instant start = paris(LocalDate.of(2027, 3, 10), "09:00");
    assertThat(RULES.freeCancelUntil(start, NOW))
        .isEqualTo(paris(LocalDate.of(2027, 3, 9), "09:00"));
  }

  @Test
  void aBookingMadeAfterTheLimitHasAQuarterOfAnHourToChangeOnesMindNeverBeyondItsStart() {
    Instant start = paris(LocalDate.of(2027, 3, 3), "14:00");
    assertThat(RULES.freeCancelUntil(start, NOW))
        .isEqualTo(paris(LocalDate.of(2027, 3, 3), "08:15"));
    Instant soon = paris(LocalDate.of(2027, 3, 3), "08:10");
    assertThat(RULES.freeCancelUntil(soon, NOW)).isEqualTo(soon);
  }

  @Test
  void aMachineNotBookableRefusesEveryBooking() {
    assertThatThrownBy(
            () ->
                MachineRules.UNSET.check(
                    "Tour",
                    on(LocalDate.of(2027, 3, 4), "09:00", "10:00"),
                    NOW,
                    Duration.ZERO,
                    true))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.type()).isEqualTo("not-bookable"));
  }

  @Test
  void rulesThatDoNotHoldTogetherNameTheirFields() {
    assertThat(RULES.errors()).isEmpty();
    assertThat(new MachineRules(true, 20, 60, 240, 6, 14, 24, 0).errors())
        .extracting(FieldError::field)
        .containsExactly("slotMinutes");
    assertThat(new MachineRules(true, 30, 45, 60, 6, 14, 24, 0).errors())
        .extracting(FieldError::field)
        .containsExactly("minMinutes");
    assertThat(new MachineRules(true, 30, 120, 60, 0, 0, -1, -5).errors())
        .extracting(FieldError::field)
        .containsExactly(
            "maxMinutes", "weeklyHours", "horizonDays", "freeCancelHours", "hourlyRateCents");
    assertThat(new MachineRules(true, 60, 60, 780, 6, 14, 24, 0).errors())
        .extracting(FieldError::field)
        .containsExactly("maxMinutes");
  }

  @Test
  void anAmountIsTheRateForTheMinutesUsed() {
    assertThat(MachineRules.amountCents(Duration.ofMinutes(90), 1500)).isEqualTo(2250);
    assertThat(MachineRules.amountCents(Duration.ofMinutes(20), 1000)).isEqualTo(333);
  }
}
