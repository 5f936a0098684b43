package fr.passeurs.certificate;

import fr.passeurs.certificate.CertificateDrafts.Draft;
import fr.passeurs.certificate.core.CertificatePdf;
import fr.passeurs.certificate.core.CredentialIssuer;
import fr.passeurs.certificate.core.CredentialVerifier.Verification;
import fr.passeurs.certificate.core.PublicCode;
import fr.passeurs.certificate.core.StatusListEntry;
import fr.passeurs.certificate.core.SubjectType;
import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Audited;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.training.SessionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use cases of certificates: issuing those of a session whose register is closed (once per
 * participant: issuing again gives the same certificates), issuing a new one after a register's
 * correction, which supersedes the old; revoking; downloading the PDF and the credential as issued;
 * checking a presented credential or PDF.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

  private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());
  private static final int ATTEMPTS = 4;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private CertificateService self;
  @Inject private CertificateDrafts drafts;
  @Inject private StatusLists statusLists;
  @Inject private IssuerKeys keys;
  @Inject private CertificateSettings settings;
  @Inject private SessionService sessions;
  @Inject private Event<Audited> audited;
  @Inject private Event<CertificateIssued> issuedEvents;
  @Inject private Event<CertificateRevoked> revokedEvents;

  /** The certificates of a session after issuing, and how many of them are new. */
  public record SessionIssue(String sessionId, List<Certificate> certificates, int created) {}

  /**
   * Issues the certificates of a session whose register is closed, each in place of none: a
   * participant who has one already keeps it. Safe to run at the same time from several places: the
   * issuing holds the status list's lock, and the database keeps one valid certificate per
   * participant; the loser of a race runs again and finds the winner's certificates.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public SessionIssue issueForSession(String sessionId) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return self.issueForSessionOnce(sessionId);
      } catch (DomainException refused) {
        throw refused;
      } catch (RuntimeException e) {
        last = e;
        int n = attempt;
        LOG.fine(() -> "Issuing for session " + sessionId + " met a concurrent issue (" + n + ")");
      }
    }
    throw last;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SessionIssue issueForSessionOnce(String sessionId) {
    statusLists.lockCurrent();
    List<Certificate> issued = new ArrayList<>();
    int created = 0;
    for (Draft draft : drafts.forSession(sessionId, today())) {
      Optional<Certificate> existing = latest(draft.subject());
      if (existing.isPresent()) {
        issued.add(existing.get());
      } else {
        issued.add(create(draft));
        created++;
      }
    }
    em.flush();
    return new SessionIssue(sessionId, issued, created);
  }

  /** The attestation of a class visit after issuing, and whether it is new. */
  public record VisitIssue(String bookingId, Certificate certificate, boolean created) {}

  /**
   * Issues the attestation of a class visit whose numbers present the teacher confirmed, once: a
   * teacher who has it already keeps it. Safe to run from several places at once, as for sessions.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public VisitIssue issueForVisit(String bookingId) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return self.issueForVisitOnce(bookingId);
      } catch (DomainException refused) {
        throw refused;
      } catch (RuntimeException e) {
        last = e;
        int n = attempt;
        LOG.fine(() -> "Issuing for visit " + bookingId + " met a concurrent issue (" + n + ")");
      }
    }
    throw last;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public VisitIssue issueForVisitOnce(String bookingId) {
    statusLists.lockCurrent();
    Draft draft = drafts.forVisit(bookingId, today());
    Optional<Certificate> existing = latest(draft.subject());
    if (existing.isPresent()) {
      return new VisitIssue(bookingId, existing.get(), false);
    }
    Certificate created = create(draft);
    em.flush();
    return new VisitIssue(bookingId, created, true);
  }

  /**
   * Issues again, from the register as it is now, the certificate of that participant (after a
   * correction of the register): the old one is revoked as superseded by the new. Nothing changes
   * when the register states the same as before. A revoked certificate is never issued again (409):
   * a revocation is final. For the manufacture's managers and the admin.
   */
  public Certificate reissue(Caller caller, String code) {
    Certificate old = byCode(code);
    mustRun(caller, old);
    if (old.subjectType() != SubjectType.TRAINING_SESSION) {
      throw DomainException.conflict("not-reissued", "problem.not-reissued");
    }
    if (!old.isValid() && old.supersededBy() == null) {
      throw DomainException.conflict("revoked", "problem.revoked-final");
    }
    statusLists.lockCurrent();
    Draft draft =
        drafts.forSession(old.subjectId(), today()).stream()
            .filter(d -> d.subject().recipientId().equals(old.recipientId()))
            .findFirst()
            .orElseThrow(() -> DomainException.conflict("no-attendance", "problem.no-attendance"));
    if (old.isValid() && old.states(draft.content())) {
      return old;
    }
    if (old.supersededBy() != null) {
      throw DomainException.conflict("superseded", "problem.superseded");
    }
    Instant now = clock.instant();
    boolean wasValid = old.isValid();
    if (wasValid) {
      old.revoke(caller.accountId(), Certificate.SUPERSEDED, now);
      em.flush();
      revokedEvents.fire(new CertificateRevoked(old.id(), old.code().value()));
    }
    Certificate next = create(draft);
    em.flush();
    old.supersede(next, caller.accountId(), now);
    if (wasValid) {
      statusLists.republish(old.statusList());
    }
    audit(AuditAction.CERTIFICATE_REISSUED, caller, old, next.code().value());
    return next;
  }

  /** Revokes a certificate for good, with its reason; its status list is signed again. */
  public Certificate revoke(Caller caller, String code, String reason) {
    Certificate certificate = byCode(code);
    mustRun(caller, certificate);
    certificate.revoke(caller.accountId(), reason, clock.instant());
    em.flush();
    revokedEvents.fire(new CertificateRevoked(certificate.id(), certificate.code().value()));
    statusLists.republish(certificate.statusList());
    audit(AuditAction.CERTIFICATE_REVOKED, caller, certificate, reason);
    return certificate;
  }

  private void audit(AuditAction action, Caller caller, Certificate certificate, String detail) {
    audited.fire(
        new Audited(
            action,
            caller.accountId(),
            null,
            certificate.code().value(),
            certificate.code().value() + " · " + certificate.title(),
            certificate.manufactureId(),
            detail));
  }

  /** A certificate by its public code, as anyone checking it may see it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Certificate byCode(String code) {
    return find(code).orElseThrow(() -> DomainException.notFound("certificate", code));
  }

  /** A certificate by its identifier (the one that superseded another, for instance). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Certificate> byId(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Certificate.class, id));
  }

  /** A certificate to download: for its recipient, its manufacture's managers and the admin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Certificate forDownload(Caller caller, String code) {
    caller.requireAuthenticated();
    Certificate certificate = byCode(code);
    if (!caller.is(certificate.recipientId()) && !caller.mayRun(certificate.manufactureId())) {
      throw DomainException.forbidden("forbidden.certificate.download");
    }
    if (certificate.isErased()) {
      throw DomainException.notFound("certificate-document", code);
    }
    return certificate;
  }

  /** The caller's own certificates, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Certificate> mine(Caller caller, PageRequest page) {
    caller.requireAuthenticated();
    // counted first: a certificate a batch commits meanwhile then shows in the items and raises
    // the total, never a total that counts an item the page does not hold
    long counted =
        em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.recipientId = :me", Long.class)
            .setParameter("me", caller.accountId())
            .getSingleResult();
    List<Certificate> items =
        em.createQuery(
                "SELECT c FROM Certificate c WHERE c.recipientId = :me ORDER BY c.issuedAt DESC,"
                    + " c.code",
                Certificate.class)
            .setParameter("me", caller.accountId())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return page.page(items, Math.max(counted, (long) page.offset() + items.size()));
  }

  /** Every certificate of a session, superseded ones included: for its trainer and managers. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Certificate> ofSession(Caller caller, String sessionId) {
    SessionRoster roster = sessions.roster(sessionId);
    if (!caller.is(roster.artisanId()) && !caller.mayRun(roster.manufactureId())) {
      throw DomainException.forbidden("forbidden.certificate.of-session");
    }
    return em.createQuery(
            "SELECT c FROM Certificate c WHERE c.subjectType = :t AND c.subjectId = :s ORDER BY"
                + " c.recipientName, c.issuedAt",
            Certificate.class)
        .setParameter("t", SubjectType.TRAINING_SESSION)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /** Those of the sessions whose registers are closed, in the order given. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> closedAmong(List<String> sessionIds) {
    List<String> closed = new ArrayList<>();
    for (String id : sessionIds) {
      try {
        drafts.closedRegister(id);
        closed.add(id);
      } catch (DomainException notClosed) {
        // left out of the batch
      }
    }
    return closed;
  }

  /** Checks a credential presented as a VC-JWT. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Verdict verifyCredential(String jwt) {
    Verification verification = keys.verifier().verify(jwt);
    switch (verification.outcome()) {
      case UNKNOWN_KEY:
        return new Verdict(
            Verdict.Outcome.UNKNOWN,
            Message.of("cert.verdict.unknown-key", verification.reason()),
            null);
      case TAMPERED:
        return new Verdict(
            Verdict.Outcome.TAMPERED,
            Message.of("cert.verdict.altered", verification.reason()),
            null);
      default:
        break;
    }
    Optional<Certificate> found =
        settings.codeOf(verification.credential().get("id")).flatMap(c -> find(c.value()));
    if (found.isEmpty()) {
      return new Verdict(Verdict.Outcome.UNKNOWN, Message.of("cert.verdict.no-code"), null);
    }
    Certificate certificate = found.get();
    String presented = jwt.strip();
    if (!certificate.issuedAs(
        presented, sha256(presented.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      return new Verdict(
          Verdict.Outcome.UNKNOWN,
          Message.of("cert.verdict.not-this-credential", certificate.code().toString()),
          null);
    }
    return judged(certificate);
  }

  /** Checks a certificate presented as its PDF: its attached credential, then its very bytes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Verdict verifyPdf(byte[] pdf) {
    Optional<String> jwt = CertificatePdf.credentialOf(pdf);
    if (jwt.isEmpty()) {
      return new Verdict(Verdict.Outcome.TAMPERED, Message.of("cert.verdict.pdf-unreadable"), null);
    }
    Verdict verdict = verifyCredential(jwt.get());
    if (verdict.certificate() != null && !sha256(pdf).equals(verdict.certificate().pdfSha256())) {
      return new Verdict(
          Verdict.Outcome.TAMPERED,
          Message.of(
              "cert.verdict.pdf-differs",
              Message.of("cert.verdict.outcome." + verdict.outcome().name())),
          verdict.certificate());
    }
    return verdict;
  }

  /** The verdict on a certificate of the platform, as it stands. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Verdict judged(Certificate certificate) {
    return switch (certificate.status()) {
      case VALID ->
          new Verdict(
              Verdict.Outcome.VALID,
              Message.of("cert.verdict.valid", certificate.kid()),
              certificate);
      case REVOKED, SUPERSEDED ->
          new Verdict(
              Verdict.Outcome.REVOKED,
              Message.of(
                  "cert.verdict.revoked",
                  certificate.revokedAt().atZone(ClockProducer.PARIS).toLocalDate(),
                  certificate.revocation()),
              certificate);
    };
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Certificate create(Draft draft) {
    PublishedStatusList list = statusLists.allocate();
    StatusListEntry entry =
        new StatusListEntry(settings.statusListUrl(list.number()), list.allocate());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    CredentialIssuer issuer = keys.issuer(settings.issuer());
    String jwt = issuer.issue(draft.content(), entry, now);
    CertificatePdf.Rendered pdf =
        new CertificatePdf(settings.issuer()).render(draft.content(), jwt, now);
    Certificate certificate =
        new Certificate(
            draft.subject(),
            draft.content(),
            now,
            jwt,
            issuer.key().kid(),
            pdf,
            entry,
            list.number());
    em.persist(certificate);
    if (certificate.subjectType() == SubjectType.TRAINING_SESSION) {
      issuedEvents.fire(
          new CertificateIssued(
              certificate.id(),
              certificate.code().value(),
              certificate.recipientId(),
              certificate.subjectId(),
              certificate.kind()
                  == fr.passeurs.certificate.core.CertificateContent.Kind
                      .CERTIFICATE_OF_COMPLETION));
    }
    return certificate;
  }

  /** The newest certificate of that subject and recipient, valid or not. */
  private Optional<Certificate> latest(Certificate.Subject subject) {
    return em.createQuery(
            "SELECT c FROM Certificate c WHERE c.subjectType = :t AND c.subjectId = :s AND"
                + " c.recipientId = :r ORDER BY c.revokedAt, c.issuedAt DESC",
            Certificate.class)
        .setParameter("t", subject.type())
        .setParameter("s", subject.id())
        .setParameter("r", subject.recipientId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Optional<Certificate> find(String code) {
    return PublicCode.tryParse(code)
        .flatMap(
            c ->
                em.createQuery("SELECT x FROM Certificate x WHERE x.code = :c", Certificate.class)
                    .setParameter("c", c.value())
                    .getResultStream()
                    .findFirst());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.PARIS));
  }

  private static void mustRun(Caller caller, Certificate certificate) {
    caller.requireAuthenticated();
    if (!caller.mayRun(certificate.manufactureId())) {
      throw DomainException.forbidden("forbidden.certificate.manage");
    }
  }
}
