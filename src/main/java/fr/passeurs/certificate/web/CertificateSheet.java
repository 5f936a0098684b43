package fr.passeurs.certificate.web;

import fr.passeurs.certificate.api.CertificateViews.CertificateView;
import fr.passeurs.certificate.core.PublicCode;
import java.io.Serializable;
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

  /**
   * The sheet of a certificate as the API reads it; {@code supersededByCode} null when unknown or
   * not replaced.
   */
  static CertificateSheet of(CertificateView c, String supersededByCode) {
    return new CertificateSheet(
        c.code(),
        PublicCode.grouped(c.code()),
        c.kind(),
        c.title(),
        c.subjectType(),
        c.subjectId(),
        c.recipientName(),
        c.trainingTitle(),
        c.actionNature(),
        c.knowHow(),
        c.craft(),
        c.from(),
        c.to(),
        c.attendedMinutes(),
        c.plannedMinutes(),
        c.attendanceRate(),
        c.trainerName(),
        c.manufacture().name(),
        c.manufacture().address(),
        c.manufacture().identifier(),
        c.issuedOn(),
        c.verificationUrl(),
        c.status(),
        c.revokedAt(),
        c.revocationReason(),
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
