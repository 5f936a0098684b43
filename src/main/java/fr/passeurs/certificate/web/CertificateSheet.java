package fr.passeurs.certificate.web;

import fr.passeurs.certificate.Certificate;
import fr.passeurs.certificate.CertificateContent;
import fr.passeurs.platform.web.Feedback;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as the pages show it: everything it states, its status now and, when another
 * replaced it, the code of the one that did.
 */
public record CertificateSheet(
    String code,
    String groupedCode,
    String kind,
    String kindTitle,
    String subjectType,
    String subjectId,
    String recipientName,
    String title,
    String actionNature,
    String knowHow,
    String craft,
    LocalDate from,
    LocalDate to,
    long attendedMinutes,
    long plannedMinutes,
    String rate,
    String trainerName,
    String manufactureName,
    String manufactureAddress,
    String manufactureIdentifier,
    LocalDate issuedOn,
    String verificationUrl,
    String status,
    Instant revokedAt,
    String revocationReason,
    String supersededByCode)
    implements Serializable {

  /** The sheet of a certificate; {@code supersededByCode} null when unknown or not replaced. */
  static CertificateSheet of(Certificate c, URI verificationUrl, String supersededByCode) {
    CertificateContent content = c.content(verificationUrl);
    return new CertificateSheet(
        c.code().value(),
        c.code().grouped(),
        c.kind().name(),
        c.kind().title(),
        c.subjectType().name(),
        c.subjectId(),
        content.recipientName(),
        content.trainingTitle(),
        content.actionNature(),
        content.knowHow(),
        content.craft(),
        content.from(),
        content.to(),
        content.attended().toMinutes(),
        content.planned().toMinutes(),
        content.attendanceRate().toPlainString(),
        content.trainerName(),
        content.manufacture().name(),
        content.manufacture().address(),
        content.manufacture().identifier(),
        content.issuedOn(),
        verificationUrl.toString(),
        c.status().name(),
        c.revokedAt(),
        c.revocation() == null ? null : c.revocation().in(Feedback.locale()),
        supersededByCode);
  }

  public boolean isValid() {
    return "VALID".equals(status);
  }

  public boolean isRevoked() {
    return "REVOKED".equals(status);
  }

  public boolean isSuperseded() {
    return "SUPERSEDED".equals(status);
  }

  /** Whether it lasted one day only. */
  public boolean isOneDay() {
    return from.equals(to);
  }

  /** Hours attended, as printed ("6 h 30"). */
  public String getAttended() {
    return hours(attendedMinutes);
  }

  /** Hours planned, as printed. */
  public String getPlanned() {
    return hours(plannedMinutes);
  }

  /** The path of its verification page on this site. */
  public String getVerifyPath() {
    return "/verify/" + code;
  }

  static String hours(long minutes) {
    long h = minutes / 60;
    long m = minutes % 60;
    return m == 0 ? h + " h" : h + " h " + (m < 10 ? "0" : "") + m;
  }
}
