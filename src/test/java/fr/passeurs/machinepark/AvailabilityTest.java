package fr.passeurs.machinepark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The free windows of a machine, computed without a server. */
class AvailabilityTest {

  static final LocalDate THURSDAY = LocalDate.of(2027, 3, 4);
  static final LocalDate FRIDAY = LocalDate.of(2027, 3, 5);
  static final Instant EARLY = MachineRulesTest.paris(LocalDate.of(2027, 3, 1), "07:00");
  static final Instant FAR = EARLY.plusSeconds(60L * 60 * 24 * 60);

  static TimeRange on(LocalDate day, String from, String to) {
    return MachineRulesTest.on(day, from, to);
  }

  @Test
  void reservationsCutTheOpeningTimes() {
    List<TimeRange> windows =
        Availability.windows(
            List.of(on(THURSDAY, "09:00", "12:00"), on(THURSDAY, "14:00", "18:00")),
            List.of(on(THURSDAY, "10:00", "11:00"), on(THURSDAY, "14:00", "15:30")),
            EARLY,
            FAR,
            MachineRulesTest.RULES);
    assertThat(windows)
        .containsExactly(
            on(THURSDAY, "09:00", "10:00"),
            on(THURSDAY, "11:00", "12:00"),
            on(THURSDAY, "15:30", "18:00"));
  }

  @Test
  void windowsShorterThanTheShortestBookingAreLeftOut() {
    List<TimeRange> windows =
        Availability.windows(
            List.of(on(THURSDAY, "09:00", "12:00")),
            List.of(on(THURSDAY, "09:30", "11:30")),
            EARLY,
            FAR,
            MachineRulesTest.RULES);
    assertThat(windows).isEmpty();
  }

  @Test
  void nowAndTheHorizonBoundTheWindowsOnTheStep() {
    Instant now = MachineRulesTest.paris(THURSDAY, "09:10");
    Instant horizon = MachineRulesTest.paris(FRIDAY, "10:40");
    List<TimeRange> windows =
        Availability.windows(
            List.of(on(THURSDAY, "09:00", "12:00"), on(FRIDAY, "09:00", "12:00")),
            List.of(),
            now,
            horizon,
            MachineRulesTest.RULES);
    assertThat(windows)
        .containsExactly(on(THURSDAY, "09:30", "12:00"), on(FRIDAY, "09:00", "10:30"));
  }

  @Test
  void overlappingReservationsLeaveOneGap() {
    List<TimeRange> windows =
        Availability.windows(
            List.of(on(THURSDAY, "09:00", "18:00")),
            List.of(on(THURSDAY, "10:00", "13:00"), on(THURSDAY, "11:00", "12:00")),
            EARLY,
            FAR,
            MachineRulesTest.RULES);
    assertThat(windows)
        .containsExactly(on(THURSDAY, "09:00", "10:00"), on(THURSDAY, "13:00", "18:00"));
  }
}
