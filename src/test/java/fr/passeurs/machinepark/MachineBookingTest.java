package fr.passeurs.machinepark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A machine booking's life, and authorisations' validity, without a server. */
class MachineBookingTest {

  static final Instant START = MachineRulesTest.paris(LocalDate.of(2027, 3, 10), "09:00");
  static final MachineRules RULES = MachineRulesTest.RULES;

  static MachineBooking booking() {
    return new MachineBooking(
        "machine",
        "manufacture",
        "person",
        new TimeRange(START, START.plus(Duration.ofHours(2))),
        "person",
        RULES,
        START.minus(Duration.ofDays(5)));
  }

  @Test
  void cancelledBeforeTheFreeLimitItDoesNotCount() {
    MachineBooking booking = booking();
    booking.cancel("person", false, START.minus(Duration.ofHours(25)));
    assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(booking.cancelledLate()).isFalse();
    assertThat(booking.countsAsUsed()).isFalse();
  }

  @Test
  void cancelledAfterTheFreeLimitItCountsAsUsed() {
    MachineBooking booking = booking();
    booking.cancel("person", false, START.minus(Duration.ofHours(23)));
    assertThat(booking.cancelledLate()).isTrue();
    assertThat(booking.countsAsUsed()).isTrue();
  }

  @Test
  void itsHolderCannotCancelOnceStartedButAManagerCanUntilItEnds() {
    MachineBooking booking = booking();
    Instant during = START.plus(Duration.ofMinutes(30));
    assertThatThrownBy(() -> booking.cancel("person", false, during))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.type()).isEqualTo("booking-started"));
    booking.cancel("manager", true, during);
    assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThatThrownBy(() -> booking.cancel("manager", true, during))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.type()).isEqualTo("booking-not-open"));
  }

  @Test
  void aNoShowCountsAndAWaiverDoesNot() {
    MachineBooking booking = booking();
    assertThatThrownBy(() -> booking.markNoShow(START.minusSeconds(60)))
        .isInstanceOf(DomainException.class);
    booking.markNoShow(START.plusSeconds(60));
    assertThat(booking.status()).isEqualTo(BookingStatus.NO_SHOW);
    assertThat(booking.countsAsUsed()).isTrue();
    booking.waive();
    assertThat(booking.status()).isEqualTo(BookingStatus.WAIVED);
    assertThat(booking.countsAsUsed()).isFalse();
  }

  @Test
  void itKeepsTheRateAndLimitOfTheRulesItWasMadeUnder() {
    MachineBooking booking = booking();
    assertThat(booking.rateCents()).isEqualTo(1500);
    assertThat(booking.freeCancelUntil()).isEqualTo(START.minus(Duration.ofHours(24)));
  }

  @Test
  void anAuthorisationHoldsUntilItsLastDayAndNotOnceRevoked() {
    Authorisation authorisation = new Authorisation("machine", "manufacture", "person");
    authorisation.grant("manager", "Formé", LocalDate.of(2027, 3, 31), null, START);
    assertThat(authorisation.validOn(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(authorisation.validOn(LocalDate.of(2027, 4, 1))).isFalse();
    authorisation.revoke("manager", "Usage dangereux", START);
    assertThat(authorisation.validOn(LocalDate.of(2027, 3, 12))).isFalse();
    // granted again, the revocation is gone from the row (kept in the audit trail)
    authorisation.grant("manager", "Reformé", null, null, START);
    assertThat(authorisation.validOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(authorisation.revocationReason()).isNull();
  }
}
