package fr.passeurs.certificate.web;

import fr.passeurs.certificate.BatchState;
import fr.passeurs.certificate.api.CertificateReads;
import fr.passeurs.certificate.api.CertificateViews.BatchView;
import fr.passeurs.certificate.api.CertificateViews.CertificateView;
import fr.passeurs.certificate.core.PublicCode;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.training.SessionService;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Certificates for a manufacture's manager (their own) or the admin (any manufacture): the sessions
 * that ended over a period, the certificates of one of them with their status, a batch that issues
 * those of a session or of the whole period while the page follows its progress, and the revocation
 * of a certificate, always with its reason.
 */
@Named
@ViewScoped
public class CertificateManagerBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The period shown at first: so many days back to today. */
  static final int DEFAULT_DAYS = 90;

  @Inject private CertificateReads certificates;
  @Inject private SessionService sessions;
  @Inject private ManufactureService manufactures;
  @Inject private Clock clock;
  @Inject private Instance<Caller> caller;

  private boolean loaded;
  private String manufactureId;
  private LocalDate from;
  private LocalDate to;
  private List<SessionLine> sessionLines = List.of();
  private String sessionId;
  private List<CertificateSheet> sessionCertificates = List.of();
  private String batchId;
  private BatchLine batch;
  private String revokeCode;
  private String revokeReason;

  /** A session of the manufacture that ended in the period. */
  public record SessionLine(String id, String title, LocalDate first, LocalDate last)
      implements Serializable {

    public boolean isOneDay() {
      return first.equals(last);
    }
  }

  /** A batch's progress as the page shows it. */
  public record BatchLine(
      String id,
      String state,
      int total,
      int done,
      int failed,
      int issued,
      String errorSummary,
      boolean forSession)
      implements Serializable {

    public boolean isRunning() {
      return BatchState.QUEUED.name().equals(state) || BatchState.RUNNING.name().equals(state);
    }

    public boolean isEnded() {
      return !isRunning();
    }

    /** Sessions handled, in per cent of those to handle. */
    public int getPercent() {
      if (total == 0) {
        return isRunning() ? 0 : 100;
      }
      return Math.min(100, (done + failed) * 100 / total);
    }
  }

  /** Managers of a manufacture and the admin only; the last 90 days at first. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    Caller who = caller.get();
    if (!who.isAdmin() && !(who.has(Role.MANAGER) && who.manufactureId() != null)) {
      PageAccess.endWith(403);
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    to = today;
    from = today.minusDays(DEFAULT_DAYS);
    if (!who.isAdmin()) {
      manufactureId = who.manufactureId();
    } else if (manufactureId == null) {
      manufactureId =
          manufactures.all().stream().findFirst().map(ManufactureSummary::id).orElse(null);
    }
    listSessions();
  }

  /** The sessions of the chosen manufacture that ended in the period. */
  public void listSessions() {
    sessionLines = List.of();
    if (manufactureId == null || from == null || to == null) {
      return;
    }
    if (to.isBefore(from)) {
      Feedback.error("cert.manager.badPeriod");
      return;
    }
    TimeRange window =
        new TimeRange(
            from.atTime(LocalTime.MIDNIGHT).atZone(ClockProducer.PARIS).toInstant(),
            to.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(ClockProducer.PARIS).toInstant());
    List<SessionLine> found = new ArrayList<>();
    for (String id : sessions.endedAt(manufactureId, window)) {
      SessionRoster roster = sessions.roster(id);
      List<TimeRange> halfDays = roster.halfDays();
      found.add(
          new SessionLine(
              id, roster.title(), halfDays.get(0).day(), halfDays.get(halfDays.size() - 1).day()));
    }
    sessionLines = found;
    if (sessionId != null && found.stream().noneMatch(s -> s.id().equals(sessionId))) {
      sessionId = null;
      sessionCertificates = List.of();
    }
  }

  /** Shows the certificates of a session. */
  public void show(String id) {
    sessionId = id;
    readCertificates();
  }

  private void readCertificates() {
    if (sessionId == null) {
      sessionCertificates = List.of();
      return;
    }
    try {
      sessionCertificates =
          certificates.ofSession(caller.get(), sessionId, Feedback.locale()).stream()
              .map(c -> CertificateSheet.of(c, null))
              .toList();
    } catch (DomainException e) {
      Feedback.refusal(e);
      sessionCertificates = List.of();
    }
  }

  /** Issues the certificates of one session in a background batch. */
  public void issueSession(String id) {
    try {
      sessionId = id;
      follow(certificates.startForSession(caller.get(), id));
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
  }

  /** Issues the certificates of every session of the period in a background batch. */
  public void issuePeriod() {
    if (manufactureId == null || from == null || to == null) {
      Feedback.error("cert.manager.badPeriod");
      return;
    }
    try {
      follow(certificates.startForPeriod(caller.get(), manufactureId, from, to));
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
  }

  private void follow(BatchView started) {
    batchId = started.id();
    batch = line(started);
    Feedback.info("cert.manager.batchStarted");
  }

  /** Reads the batch's progress again; the poll stops once the batch has ended. */
  public void refresh() {
    if (batchId != null) {
      try {
        batch = line(certificates.batch(caller.get(), batchId));
      } catch (DomainException e) {
        batch = null;
        batchId = null;
      }
    }
    if (batch == null || batch.isEnded()) {
      readCertificates();
      PrimeFaces.current().executeScript("PF('certBatchPoll') && PF('certBatchPoll').stop();");
    }
  }

  /**
   * Issues a certificate again from the register as it stands now (after a correction): the new one
   * supersedes the old; nothing changes when the register says the same. A revoked certificate is
   * never issued again.
   */
  public void reissue(String code) {
    try {
      CertificateView next =
          certificates.reissue(caller.get(), code, Feedback.locale()).certificate();
      if (next.code().equals(code)) {
        Feedback.info("cert.manager.unchanged", grouped(next));
      } else {
        Feedback.info("cert.manager.reissued", grouped(next));
      }
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    readCertificates();
  }

  /** Chooses the certificate to revoke; the dialog asks for the reason. */
  public void askRevocation(String code) {
    revokeCode = code;
    revokeReason = null;
  }

  /** Revokes the chosen certificate for good, with the reason given. */
  public void revoke() {
    if (revokeCode == null) {
      return;
    }
    if (revokeReason == null || revokeReason.isBlank()) {
      Feedback.error("cert.manager.reasonRequired");
      return;
    }
    try {
      CertificateView revoked =
          certificates
              .revoke(caller.get(), revokeCode, revokeReason, Feedback.locale())
              .certificate();
      Feedback.info("cert.manager.revoked", grouped(revoked));
      revokeCode = null;
      revokeReason = null;
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    readCertificates();
  }

  private static String grouped(CertificateView c) {
    return PublicCode.grouped(c.code());
  }

  private static BatchLine line(BatchView b) {
    return new BatchLine(
        b.id(),
        b.state(),
        b.total(),
        b.done(),
        b.failed(),
        b.issued(),
        b.errorSummary(),
        b.sessionId() != null);
  }

  public boolean isAdmin() {
    return caller.get().isAdmin();
  }

  public List<ManufactureSummary> getManufactures() {
    return manufactures.all();
  }

  /** The chosen manufacture, by name. */
  public String getManufactureName() {
    return manufactureId == null
        ? ""
        : manufactures.summary(manufactureId).map(ManufactureSummary::name).orElse("");
  }

  /** The chosen session's title. */
  public String getSessionTitle() {
    return sessionLines.stream()
        .filter(s -> s.id().equals(sessionId))
        .map(SessionLine::title)
        .findFirst()
        .orElse("");
  }

  public boolean isBatchRunning() {
    return batch != null && batch.isRunning();
  }

  public String getManufactureId() {
    return manufactureId;
  }

  public void setManufactureId(String manufactureId) {
    this.manufactureId = manufactureId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public List<SessionLine> getSessionLines() {
    return sessionLines;
  }

  public String getSessionId() {
    return sessionId;
  }

  public List<CertificateSheet> getSessionCertificates() {
    return sessionCertificates;
  }

  public BatchLine getBatch() {
    return batch;
  }

  public String getRevokeCode() {
    return revokeCode;
  }

  /** The certificate to revoke, its code as printed. */
  public String getRevokeCodeGrouped() {
    return revokeCode == null ? "" : PublicCode.grouped(revokeCode);
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }
}
