package fr.passeurs.certificate.core;

import fr.passeurs.certificate.core.CertificateContent.Kind;
import fr.passeurs.certificate.core.CertificateContent.Manufacture;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Certificates as the tests need them: a weaving training at a manufacture of the Tarn. */
public final class Samples {

  static final Manufacture MANUFACTURE =
      new Manufacture(
          "Manufacture des Tisserands d’Œuilly",
          "12 rue de la Filature, 81200 Mazamet",
          "SIRET 123 456 789 00012");

  static final URI VERIFY_BASE = URI.create("https://passeurs.example/verifier/");

  static final IssuerProfile PLATFORM =
      new IssuerProfile(URI.create("https://passeurs.example"), "Passeurs");

  static final URI STATUS_LIST = URI.create("https://passeurs.example/certificats/statuts/1");

  static final Instant ISSUED_AT = Instant.parse("2026-03-09T10:15:30.456Z");

  private Samples() {}

  public static CertificateContent completion(String code) {
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

  static StatusListEntry entry(int index) {
    return new StatusListEntry(STATUS_LIST, index);
  }

  static CertificateContent visit(String code) {
    PublicCode publicCode = PublicCode.parse(code);
    return new CertificateContent(
        publicCode,
        Kind.VISIT_ATTESTATION,
        "Classe de 4e B du collège Jean-Jaurès, Mazamet",
        "Du fil à l’étoffe : visite de l’atelier de tissage",
        "visite d’atelier",
        "tissage à bras",
        "tisserand",
        LocalDate.of(2026, 5, 12),
        LocalDate.of(2026, 5, 12),
        Duration.ofHours(2),
        Duration.ofHours(2),
        "Jérôme Garçon",
        MANUFACTURE,
        LocalDate.of(2026, 5, 12),
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
