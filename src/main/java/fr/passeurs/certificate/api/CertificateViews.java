package fr.passeurs.certificate.api;

import fr.passeurs.certificate.Certificate;
import fr.passeurs.certificate.CertificateBatch;
import fr.passeurs.certificate.core.CertificateContent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How certificates, checks and batches look in the API. */
public final class CertificateViews {

  private CertificateViews() {}

  /** Where a certificate was earned. */
  public record PlaceView(String name, String address, String identifier) {}

  /** A certificate: everything it states, and its status now. */
  public record CertificateView(
      String code,
      String kind,
      String title,
      String subjectType,
      String subjectId,
      String recipientId,
      String recipientName,
      String trainingTitle,
      String actionNature,
      String knowHow,
      String craft,
      LocalDate from,
      LocalDate to,
      long attendedMinutes,
      long plannedMinutes,
      String attendanceRate,
      String trainerName,
      PlaceView manufacture,
      LocalDate issuedOn,
      Instant issuedAt,
      String verificationUrl,
      String pdfSha256,
      String kid,
      int statusList,
      int statusIndex,
      String status,
      Instant revokedAt,
      String revocationReason,
      String supersededBy) {}

  /** The certificate; the reason of a revocation written in this language. */
  static CertificateView view(Certificate c, URI verificationUrl, Locale language) {
    CertificateContent content = c.content(verificationUrl);
    return new CertificateView(
        c.code().value(),
        c.kind().name(),
        c.kind().title(),
        c.subjectType().name(),
        c.subjectId(),
        c.recipientId(),
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
        new PlaceView(
            content.manufacture().name(),
            content.manufacture().address(),
            content.manufacture().identifier()),
        content.issuedOn(),
        c.issuedAt(),
        verificationUrl.toString(),
        c.pdfSha256(),
        c.kid(),
        c.statusList(),
        c.statusIndex(),
        c.status().name(),
        c.revokedAt(),
        c.revocation() == null ? null : c.revocation().in(language),
        c.supersededBy());
  }

  /** What a check concludes; the certificate when the platform knows it. */
  public record VerdictView(String outcome, String reason, CertificateView certificate) {}

  /**
   * A batch and its progress; {@code runs} counts the runners that took it (2 or more when an
   * instance stopped while running it and another took it over).
   */
  public record BatchView(
      String id,
      String manufactureId,
      String sessionId,
      String visitBookingId,
      LocalDate from,
      LocalDate to,
      String state,
      int total,
      int done,
      int failed,
      int issued,
      String errorSummary,
      Instant createdAt,
      Instant startedAt,
      Instant finishedAt,
      int runs) {}

  static BatchView batch(CertificateBatch b) {
    return new BatchView(
        b.id(),
        b.manufactureId(),
        b.sessionId(),
        b.visitBookingId(),
        b.fromDay(),
        b.toDay(),
        b.state().name(),
        b.total(),
        b.done(),
        b.failed(),
        b.issued(),
        b.errorSummary(),
        b.createdAt(),
        b.startedAt(),
        b.finishedAt(),
        b.runs());
  }
}
