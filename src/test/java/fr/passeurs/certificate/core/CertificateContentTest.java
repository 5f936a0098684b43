package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.certificate.core.CertificateContent.Kind;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateContentTest {

  @Test
  void theAttendanceRateIsTheShareOfThePlannedTimeRoundedDown() {
    assertThat(Samples.completion("K7QM-3XPA-9D2F").attendanceRate()).isEqualByComparingTo("100");
    assertThat(Samples.completion("K7QM-3XPA-9D2F").attendanceRate().toPlainString())
        .isEqualTo("100");
    assertThat(Samples.attendance("K7QM-3XPA-9D2G").attendanceRate().toPlainString())
        .as("15 h 30 of 21 h is 73.809…")
        .isEqualTo("73.8");
    assertThat(withTimes(Duration.ofMinutes(35 * 60 - 1), Duration.ofHours(35)).attendanceRate())
        .as("never rounded up to full attendance")
        .isEqualByComparingTo("99.9");
    assertThat(
            withTimes(Duration.ofHours(28), Duration.ofHours(35)).attendanceRate().toPlainString())
        .isEqualTo("80");
    assertThat(withTimes(Duration.ZERO, Duration.ofHours(35)).attendanceRate().toPlainString())
        .isEqualTo("0");
  }

  @Test
  void aTraineeBelowTheMinimumGetsAnAttestationOfAttendance() {
    assertThat(Kind.forTraining(Duration.ofHours(28), Duration.ofHours(28)))
        .isEqualTo(Kind.CERTIFICATE_OF_COMPLETION);
    assertThat(Kind.forTraining(Duration.ofHours(35), Duration.ofHours(28)))
        .isEqualTo(Kind.CERTIFICATE_OF_COMPLETION);
    assertThat(Kind.forTraining(Duration.ofMinutes(28 * 60 - 1), Duration.ofHours(28)))
        .isEqualTo(Kind.ATTESTATION_OF_ATTENDANCE);
  }

  @Test
  void eachKindHasItsFrenchTitle() {
    assertThat(Kind.CERTIFICATE_OF_COMPLETION.title()).isEqualTo("Certificat de réalisation");
    assertThat(Kind.ATTESTATION_OF_ATTENDANCE.title()).isEqualTo("Attestation d’assiduité");
    assertThat(Kind.VISIT_ATTESTATION.title()).isEqualTo("Attestation de visite");
  }

  @Test
  void aCertificateCannotStateTheImpossible() {
    assertThatThrownBy(() -> withTimes(Duration.ofHours(36), Duration.ofHours(35)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between zero and the planned");
    assertThatThrownBy(() -> withTimes(Duration.ofHours(-1), Duration.ofHours(35)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withTimes(Duration.ZERO, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least a minute");
    CertificateContent c = Samples.completion("K7QM-3XPA-9D2F");
    assertThatThrownBy(
            () ->
                new CertificateContent(
                    c.code(),
                    c.kind(),
                    c.recipientName(),
                    c.trainingTitle(),
                    c.actionNature(),
                    c.knowHow(),
                    c.craft(),
                    c.from(),
                    c.from().minusDays(1),
                    c.attended(),
                    c.planned(),
                    c.trainerName(),
                    c.manufacture(),
                    c.issuedOn(),
                    c.verificationUrl()))
        .hasMessageContaining("before the first");
    assertThatThrownBy(
            () ->
                new CertificateContent(
                    c.code(),
                    c.kind(),
                    " ",
                    c.trainingTitle(),
                    c.actionNature(),
                    c.knowHow(),
                    c.craft(),
                    c.from(),
                    c.to(),
                    c.attended(),
                    c.planned(),
                    c.trainerName(),
                    c.manufacture(),
                    c.issuedOn(),
                    c.verificationUrl()))
        .hasMessageContaining("recipient name");
    assertThatThrownBy(
            () ->
                new CertificateContent(
                    c.code(),
                    c.kind(),
                    c.recipientName(),
                    c.trainingTitle(),
                    c.actionNature(),
                    c.knowHow(),
                    c.craft(),
                    c.from(),
                    c.to(),
                    c.attended(),
                    c.planned(),
                    c.trainerName(),
                    c.manufacture(),
                    LocalDate.of(2026, 3, 1),
                    c.verificationUrl()))
        .hasMessageContaining("before the first day");
    assertThatThrownBy(
            () ->
                new CertificateContent(
                    c.code(),
                    c.kind(),
                    c.recipientName(),
                    c.trainingTitle(),
                    c.actionNature(),
                    c.knowHow(),
                    c.craft(),
                    c.from(),
                    c.to(),
                    c.attended(),
                    c.planned(),
                    c.trainerName(),
                    c.manufacture(),
                    c.issuedOn(),
                    URI.create("/verifier/x")))
        .hasMessageContaining("absolute");
  }

  private static CertificateContent withTimes(Duration attended, Duration planned) {
    CertificateContent c = Samples.completion("K7QM-3XPA-9D2F");
    return new CertificateContent(
        c.code(),
        c.kind(),
        c.recipientName(),
        c.trainingTitle(),
        c.actionNature(),
        c.knowHow(),
        c.craft(),
        c.from(),
        c.to(),
        attended,
        planned,
        c.trainerName(),
        c.manufacture(),
        c.issuedOn(),
        c.verificationUrl());
  }
}
