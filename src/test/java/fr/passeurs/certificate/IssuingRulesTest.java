package fr.passeurs.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.certificate.core.CertificateContent;
import fr.passeurs.certificate.core.ContentDigest;
import fr.passeurs.certificate.core.PublicCode;
import fr.passeurs.certificate.core.Samples;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The rules of issuing that need no server: when two certificates state the same thing (so that
 * issuing again keeps the one in place), and how much time earns a certificate of completion.
 */
class IssuingRulesTest {

  @Test
  void theSameContentUnderAnotherCodeDayAndAddressStatesTheSameThing() {
    CertificateContent first = Samples.completion("K7QM3XPA9D2F");
    CertificateContent again =
        new CertificateContent(
            PublicCode.parse("AAAABBBBCCCC"),
            first.kind(),
            first.recipientName(),
            first.trainingTitle(),
            first.actionNature(),
            first.knowHow(),
            first.craft(),
            first.from(),
            first.to(),
            first.attended(),
            first.planned(),
            first.trainerName(),
            first.manufacture(),
            first.issuedOn().plusDays(3),
            URI.create("https://elsewhere.example/verify/AAAABBBBCCCC"));
    assertThat(ContentDigest.of(again)).isEqualTo(ContentDigest.of(first)).hasSize(64);
  }

  @Test
  void anotherTimeAttendedOrAnotherNameStatesSomethingElse() {
    CertificateContent first = Samples.completion("K7QM3XPA9D2F");
    CertificateContent lessTime =
        new CertificateContent(
            first.code(),
            first.kind(),
            first.recipientName(),
            first.trainingTitle(),
            first.actionNature(),
            first.knowHow(),
            first.craft(),
            first.from(),
            first.to(),
            first.attended().minusMinutes(30),
            first.planned(),
            first.trainerName(),
            first.manufacture(),
            first.issuedOn(),
            first.verificationUrl());
    CertificateContent renamed =
        new CertificateContent(
            first.code(),
            first.kind(),
            first.recipientName() + " Martin",
            first.trainingTitle(),
            first.actionNature(),
            first.knowHow(),
            first.craft(),
            first.from(),
            first.to(),
            first.attended(),
            first.planned(),
            first.trainerName(),
            first.manufacture(),
            first.issuedOn(),
            first.verificationUrl());
    assertThat(ContentDigest.of(lessTime)).isNotEqualTo(ContentDigest.of(first));
    assertThat(ContentDigest.of(renamed)).isNotEqualTo(ContentDigest.of(first));
  }

  @Test
  void completionNeedsTheMinimumShareOfThePlannedTimeRoundedUp() {
    Duration planned = Duration.ofMinutes(390); // 6 h 30
    Duration required = CertificateDrafts.requiredFor(planned, 80);
    assertThat(required).isEqualTo(Duration.ofMinutes(312));
    assertThat(CertificateContent.Kind.forTraining(Duration.ofMinutes(312), required))
        .isEqualTo(CertificateContent.Kind.CERTIFICATE_OF_COMPLETION);
    assertThat(CertificateContent.Kind.forTraining(Duration.ofMinutes(311), required))
        .isEqualTo(CertificateContent.Kind.ATTESTATION_OF_ATTENDANCE);
    assertThat(CertificateDrafts.requiredFor(Duration.ofMinutes(180), 0)).isZero();
    assertThat(CertificateDrafts.requiredFor(Duration.ofMinutes(180), 100))
        .isEqualTo(Duration.ofMinutes(180));
    // a share that falls between two seconds is rounded up: never less than the minimum
    assertThat(CertificateDrafts.requiredFor(Duration.ofSeconds(7), 50))
        .isEqualTo(Duration.ofSeconds(4));
  }
}
