package fr.passeurs.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes of the trainer's screen, and the time an entry counts as attended. */
class AttendanceRulesTest {

  static final byte[] SECRET = "a secret of thirty-two bytes!!!!".getBytes();
  static final Instant AT = Instant.parse("2031-03-10T08:30:10Z");

  @Test
  void aCodeIsTakenInItsWindowAndTheNextOnly() {
    QrCodes codes = new QrCodes(SECRET);
    String code = codes.code("session", 0, AT);
    assertThat(codes.accepts(code, "session", 0, AT)).isTrue();
    assertThat(codes.accepts(code, "session", 0, AT.plusSeconds(QrCodes.WINDOW_SECONDS))).isTrue();
    assertThat(codes.accepts(code, "session", 0, AT.plusSeconds(2 * QrCodes.WINDOW_SECONDS)))
        .isFalse();
    assertThat(codes.accepts(code, "session", 0, AT.minusSeconds(QrCodes.WINDOW_SECONDS)))
        .isFalse();
  }

  @Test
  void aCodeBelongsToItsSessionAndHalfDayAndChangesEveryWindow() {
    QrCodes codes = new QrCodes(SECRET);
    String code = codes.code("session", 0, AT);
    assertThat(codes.accepts(code, "session", 1, AT)).isFalse();
    assertThat(codes.accepts(code, "other", 0, AT)).isFalse();
    assertThat(codes.code("session", 0, AT.plusSeconds(30))).isNotEqualTo(code);
    assertThat(
            new QrCodes("another secret, as long as it is".getBytes())
                .accepts(code, "session", 0, AT))
        .isFalse();
    assertThat(codes.accepts(null, "session", 0, AT)).isFalse();
    assertThat(QrCodes.windowEnd(AT)).isEqualTo(Instant.parse("2031-03-10T08:30:30Z"));
  }

  @Test
  void presentCountsTheHalfDayLateLessItsMinutesOthersNothing() {
    Duration morning = Duration.ofMinutes(210);
    assertThat(entry(AttendanceStatus.PRESENT, null).attended(morning)).isEqualTo(morning);
    assertThat(entry(AttendanceStatus.LATE, 30).attended(morning))
        .isEqualTo(Duration.ofMinutes(180));
    assertThat(entry(AttendanceStatus.LATE, 300).attended(morning)).isEqualTo(Duration.ZERO);
    assertThat(entry(AttendanceStatus.EXCUSED, null).attended(morning)).isEqualTo(Duration.ZERO);
    assertThat(entry(AttendanceStatus.ABSENT, null).attended(morning)).isEqualTo(Duration.ZERO);
  }

  private static AttendanceEntry entry(AttendanceStatus status, Integer late) {
    return new AttendanceEntry("s", 0, "p", 1, status, late, "", "t", AT, "test");
  }
}
