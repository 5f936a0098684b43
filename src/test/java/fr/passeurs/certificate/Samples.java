package fr.passeurs.certificate;

import fr.passeurs.certificate.CertificateContent.Kind;
import fr.passeurs.certificate.CertificateContent.Manufacture;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

/** Certificates as the tests need them: a weaving training at a manufacture of the Tarn. */
final class Samples {

  static final Manufacture MANUFACTURE =
      new Manufacture(
          "Manufacture des Tisserands d’Œuilly",
          "12 rue de la Filature, 81200 Mazamet",
          "SIRET 123 456 789 00012");

  static final URI VERIFY_BASE = URI.create("https://passeurs.example/verifier/");

  private Samples() {}

  static CertificateContent completion(String code) {
    PublicCode publicCode = PublicCode.parse(code);
    return new CertificateContent(
        publicCode,
        Kind.CERTIFICATE_OF_COMPLETION,
        "Éloïse Françoise Lefèvre-Cœur",
        "Tissage à bras sur métier à pédales : initiation",
        "action de formation",
        "tissage à bras",
        "tisserand",
        LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 6),
        Duration.ofHours(35),
        Duration.ofHours(35),
        "Jérôme Garçon",
        MANUFACTURE,
        LocalDate.of(2026, 3, 9),
        VERIFY_BASE.resolve(publicCode.grouped()));
  }

  static CertificateContent attendance(String code) {
    PublicCode publicCode = PublicCode.parse(code);
    return new CertificateContent(
        publicCode,
        Kind.ATTESTATION_OF_ATTENDANCE,
        "Noël Dupré",
        "Forge de couteaux : la lame",
        "action de formation",
        "forge de lames",
        "coutelier",
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 3),
        Duration.ofHours(15).plusMinutes(30),
        Duration.ofHours(21),
        "Anaïs Ferrand",
        MANUFACTURE,
        LocalDate.of(2026, 4, 4),
        VERIFY_BASE.resolve(publicCode.grouped()));
  }
}
