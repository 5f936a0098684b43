package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchTest {

  @Test
  void hoursAreWrittenAsAFrenchCertificateWritesThem() {
    assertThat(French.hours(Duration.ofHours(35))).isEqualTo("35\u00a0h");
    assertThat(French.hours(Duration.ofMinutes(15 * 60 + 30))).isEqualTo("15\u00a0h\u00a030");
    assertThat(French.hours(Duration.ofMinutes(45))).isEqualTo("0\u00a0h\u00a045");
    assertThat(French.hours(Duration.ofMinutes(65))).isEqualTo("1\u00a0h\u00a005");
  }

  @Test
  void machinesGetDecimalHours() {
    assertThat(French.decimalHours(Duration.ofHours(35))).isEqualTo("35");
    assertThat(French.decimalHours(Duration.ofMinutes(15 * 60 + 30))).isEqualTo("15.5");
    assertThat(French.decimalHours(Duration.ofMinutes(45))).isEqualTo("0.75");
    assertThat(French.decimalHours(Duration.ofMinutes(20))).isEqualTo("0.33");
  }

  @Test
  void ratesHaveADecimalComma() {
    assertThat(French.percent(new BigDecimal("73.8"))).isEqualTo("73,8\u00a0%");
    assertThat(French.percent(new BigDecimal("100"))).isEqualTo("100\u00a0%");
  }

  @Test
  void datesAndPeriodsAreWrittenOutAndTheFirstIsPremier() {
    assertThat(French.date(LocalDate.of(2026, 3, 1))).isEqualTo("1er mars 2026");
    assertThat(French.date(LocalDate.of(2026, 8, 15))).isEqualTo("15 août 2026");
    assertThat(French.period(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12)))
        .isEqualTo("le 12 mai 2026");
    assertThat(French.period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)))
        .isEqualTo("du 2 au 6 mars 2026");
    assertThat(French.period(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 3)))
        .isEqualTo("du 27 février au 3 mars 2026");
    assertThat(French.period(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2)))
        .isEqualTo("du 29 décembre 2025 au 2 janvier 2026");
  }
}
