package fr.passeurs.certificate.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a certificate states, and all that it states: the same content makes the PDF and the signed
 * credential, so that the two never say different things.
 *
 * @param code the public code, printed and in the verification address
 * @param kind certificate of completion, attestation of attendance, or attestation of a visit
 * @param recipientName the person who followed the training (or, for a visit, the class or its
 *     teacher), as it must be printed
 * @param trainingTitle the title of the training or of the visit
 * @param actionNature the nature of the action, as the law names it ("action de formation") or, for
 *     a visit, "visite d'atelier"
 * @param knowHow the know-how passed on ("tissage à bras", "marqueterie de paille")
 * @param craft the craft it belongs to ("tisserand", "marqueteur")
 * @param from the first day
 * @param to the last day (the same as {@code from} for a single day)
 * @param attended the time the recipient attended, to the minute
 * @param planned the time the training planned, to the minute, more than zero
 * @param trainerName the artisan who trained, or hosted the visit
 * @param manufacture the manufacture where it took place
 * @param issuedOn the day the certificate is issued
 * @param verificationUrl the page where anyone checks the certificate, printed and in the QR code
 */
public record CertificateContent(
    PublicCode code,
    Kind kind,
    String recipientName,
    String trainingTitle,
    String actionNature,
    String knowHow,
    String craft,
    LocalDate from,
    LocalDate to,
    Duration attended,
    Duration planned,
    String trainerName,
    Manufacture manufacture,
    LocalDate issuedOn,
    URI verificationUrl) {

  /** What the certificate attests, which also decides its title. */
  public enum Kind {
    /** The recipient attended at least the minimum the training requires. */
    CERTIFICATE_OF_COMPLETION("Certificat de réalisation"),
    /** The recipient attended less than the minimum: the hours attended are attested, no more. */
    ATTESTATION_OF_ATTENDANCE("Attestation d’assiduité"),
    /** A class, or a person, visited a workshop. */
    VISIT_ATTESTATION("Attestation de visite");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    /** The title printed at the top of the certificate, in French. */
    public String title() {
      return title;
    }

    /**
     * The kind of certificate a trainee earns: of completion once the minimum is attended, of
     * attendance below it.
     */
    public static Kind forTraining(Duration attended, Duration required) {
      return attended.compareTo(required) >= 0
          ? CERTIFICATE_OF_COMPLETION
          : ATTESTATION_OF_ATTENDANCE;
    }
  }

  /**
   * The manufacture where the training or the visit took place.
   *
   * @param name its name
   * @param address its postal address, on one or more lines
   * @param identifier its SIRET when it has one, else its identifier on the platform, as printed
   *     ("SIRET 123 456 789 00012")
   */
  public record Manufacture(String name, String address, String identifier) {
    public Manufacture {
      requireText(name, "manufacture name");
      requireText(address, "manufacture address");
      requireText(identifier, "manufacture identifier");
    }
  }

  public CertificateContent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    requireText(recipientName, "recipient name");
    requireText(trainingTitle, "training title");
    requireText(actionNature, "nature of the action");
    requireText(knowHow, "know-how");
    requireText(craft, "craft");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(attended, "attended");
    Objects.requireNonNull(planned, "planned");
    requireText(trainerName, "trainer name");
    Objects.requireNonNull(manufacture, "manufacture");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(verificationUrl, "verificationUrl");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The last day " + to + " is before the first " + from);
    }
    if (issuedOn.isBefore(from)) {
      throw new IllegalArgumentException(
          "A certificate cannot be issued (" + issuedOn + ") before the first day " + from);
    }
    if (planned.toMinutes() <= 0) {
      throw new IllegalArgumentException("The planned time must be at least a minute: " + planned);
    }
    if (attended.isNegative() || attended.compareTo(planned) > 0) {
      throw new IllegalArgumentException(
          "The time attended (" + attended + ") must be between zero and the planned " + planned);
    }
    if (!verificationUrl.isAbsolute()) {
      throw new IllegalArgumentException("The verification address must be absolute");
    }
  }

  /**
   * The share of the planned time attended, in per cent, with at most one decimal: rounded down, so
   * that a certificate never states more attendance than there was (34 h 59 of 35 h is 99.9, not
   * 100).
   */
  public BigDecimal attendanceRate() {
    BigDecimal rate =
        BigDecimal.valueOf(attended.toMinutes() * 100L)
            .divide(BigDecimal.valueOf(planned.toMinutes()), 1, RoundingMode.DOWN)
            .stripTrailingZeros();
    // 100 would otherwise print as 1E+2.
    return rate.scale() < 0 ? rate.setScale(0) : rate;
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A certificate needs its " + what);
    }
  }
}
