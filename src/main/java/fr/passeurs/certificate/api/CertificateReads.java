package fr.passeurs.certificate.api;

import fr.passeurs.certificate.BatchRunner;
import fr.passeurs.certificate.Certificate;
import fr.passeurs.certificate.CertificateBatch;
import fr.passeurs.certificate.CertificateBatches;
import fr.passeurs.certificate.CertificateService;
import fr.passeurs.certificate.CertificateSettings;
import fr.passeurs.certificate.Verdict;
import fr.passeurs.certificate.api.CertificateViews.BatchView;
import fr.passeurs.certificate.api.CertificateViews.CertificateView;
import fr.passeurs.certificate.api.CertificateViews.VerdictView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The certificates' use cases as the API and the pages both call them: each answers with the read
 * models of {@link CertificateViews}, built here from the entities, which go no further. A check
 * refused for its form (a text that is no credential, a file that is no PDF) is refused here, once
 * for both.
 */
@ApplicationScoped
public class CertificateReads {

  /** The longest credential accepted for a check, on the page as in the API. */
  public static final int MAX_CREDENTIAL = 20_000;

  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  @Inject private CertificateService certificates;
  @Inject private CertificateBatches batches;
  @Inject private BatchRunner runner;
  @Inject private CertificateSettings settings;

  /** A certificate's file as issued: its PDF, the digest of it, and its signed credential. */
  public record IssuedFiles(String fileName, byte[] pdf, String pdfSha256, String credential) {}

  /** The certificate of that code and what a check of it concludes now. */
  public VerdictView byCode(String code, Locale language) {
    return verdict(certificates.judged(certificates.byCode(code)), language);
  }

  /** The certificate of that code, as issued, with its status now. */
  public CertificateView certificate(String code, Locale language) {
    return view(certificates.byCode(code), language);
  }

  /** Whether this text has the form of a signed credential (three base64url parts). */
  public static boolean isCredential(String text) {
    return text != null && COMPACT_JWS.matcher(text.strip()).matches();
  }

  /** Whether these bytes begin as a PDF does. */
  public static boolean isPdf(byte[] bytes) {
    return bytes != null
        && bytes.length >= 5
        && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  /** Checks a credential; a text that is not one is refused (field {@code credential}). */
  public VerdictView verifyCredential(String jwt, Locale language) {
    if (!isCredential(jwt)) {
      throw DomainException.invalid("credential", "invalid.certificate.credential");
    }
    return verdict(certificates.verifyCredential(jwt.strip()), language);
  }

  /** Checks a PDF; a file that is not one is refused (field {@code body}). */
  public VerdictView verifyPdf(byte[] pdf, Locale language) {
    if (!isPdf(pdf)) {
      throw DomainException.invalid("body", "invalid.certificate.pdf");
    }
    return verdict(certificates.verifyPdf(pdf), language);
  }

  /** Revokes for good, with the reason; the verdict says REVOKED and why. */
  public VerdictView revoke(Caller caller, String code, String reason, Locale language) {
    return verdict(certificates.judged(certificates.revoke(caller, code, reason)), language);
  }

  /** Issues again from the register as it is now; the certificate answered may be the same. */
  public VerdictView reissue(Caller caller, String code, Locale language) {
    return verdict(certificates.judged(certificates.reissue(caller, code)), language);
  }

  /** The caller's certificates, newest first. */
  public Page<CertificateView> mine(Caller caller, PageRequest page, Locale language) {
    return certificates.mine(caller, page).map(c -> view(c, language));
  }

  /** Every certificate of a session, for its trainer and its manufacture's managers. */
  public List<CertificateView> ofSession(Caller caller, String sessionId, Locale language) {
    return certificates.ofSession(caller, sessionId).stream().map(c -> view(c, language)).toList();
  }

  /** Issues a closed session's certificates now, for those who may see them as manager. */
  public List<CertificateView> issueForSession(Caller caller, String sessionId, Locale language) {
    certificates.ofSession(caller, sessionId);
    return certificates.issueForSession(sessionId).certificates().stream()
        .map(c -> view(c, language))
        .toList();
  }

  /** The files of a certificate, for its recipient, its manufacture's managers and the admin. */
  public IssuedFiles files(Caller caller, String code) {
    Certificate certificate = certificates.forDownload(caller, code);
    return new IssuedFiles(
        "certificat-" + certificate.code().grouped() + ".pdf",
        certificate.pdf(),
        certificate.pdfSha256(),
        certificate.credential());
  }

  /** The code of the certificate of this id, if there is one. */
  public Optional<String> codeOf(String certificateId) {
    return certificateId == null
        ? Optional.empty()
        : certificates.byId(certificateId).map(c -> c.code().value());
  }

  /** Starts a batch over one session's certificates; it runs in the background. */
  public BatchView startForSession(Caller caller, String sessionId) {
    return started(batches.ofSession(caller, sessionId));
  }

  /** Starts a batch for a class visit's attestation. */
  public BatchView startForVisit(Caller caller, String bookingId) {
    return started(batches.ofVisit(caller, bookingId));
  }

  /** Starts a batch over a manufacture's sessions ended in a period (Paris days, included). */
  public BatchView startForPeriod(
      Caller caller, String manufactureId, LocalDate from, LocalDate to) {
    return started(batches.ofPeriod(caller, manufactureId, from, to));
  }

  /** A batch's progress. */
  public BatchView batch(Caller caller, String id) {
    return CertificateViews.batch(batches.get(caller, id));
  }

  private BatchView started(CertificateBatch batch) {
    runner.submit(batch.id());
    return CertificateViews.batch(batch);
  }

  private CertificateView view(Certificate c, Locale language) {
    return CertificateViews.view(c, settings.verificationUrl(c.code()), language);
  }

  private VerdictView verdict(Verdict verdict, Locale language) {
    return new VerdictView(
        verdict.outcome().name(),
        verdict.reason().in(language),
        verdict.certificate() == null ? null : view(verdict.certificate(), language));
  }
}
