package fr.passeurs.certificate;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A batch of certificates being issued in the background, for one session, for the closed sessions
 * of a manufacture over a period, or for the attestation of one class visit; its counts are the
 * progress a page shows, and its error summary says which sessions failed and why, so that the
 * batch can be run again.
 */
@Entity
@Table(name = "certificate_batch")
public class CertificateBatch {

  static final int MAX_SUMMARY = 2000;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "visit_booking_id")
  private String visitBookingId;

  @Column(name = "from_day")
  private LocalDate fromDay;

  @Column(name = "to_day")
  private LocalDate toDay;

  @Column(name = "requested_by")
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "state")
  private BatchState state;

  @Column(name = "total")
  private int total;

  @Column(name = "done")
  private int done;

  @Column(name = "failed")
  private int failed;

  @Column(name = "issued")
  private int issued;

  @Column(name = "error_summary")
  private String errorSummary;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** When its runner last said it is alive (null until a runner takes it). */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  /** How many runners took it: more than one when an instance stopped mid-way. */
  @Column(name = "runs")
  private int runs;

  protected CertificateBatch() {}

  private CertificateBatch(String manufactureId, String requestedBy, Instant now) {
    this.id = Ids.newId();
    this.manufactureId = manufactureId;
    this.requestedBy = requestedBy;
    this.state = BatchState.QUEUED;
    this.createdAt = now;
  }

  static CertificateBatch ofSession(
      String manufactureId, String sessionId, String requestedBy, Instant now) {
    CertificateBatch batch = new CertificateBatch(manufactureId, requestedBy, now);
    batch.sessionId = sessionId;
    batch.total = 1;
    return batch;
  }

  static CertificateBatch ofVisit(
      String manufactureId, String visitBookingId, String requestedBy, Instant now) {
    CertificateBatch batch = new CertificateBatch(manufactureId, requestedBy, now);
    batch.visitBookingId = visitBookingId;
    batch.total = 1;
    return batch;
  }

  static CertificateBatch ofPeriod(
      String manufactureId, LocalDate from, LocalDate to, String requestedBy, Instant now) {
    CertificateBatch batch = new CertificateBatch(manufactureId, requestedBy, now);
    batch.fromDay = from;
    batch.toDay = to;
    return batch;
  }

  CertificateBatch start(int sessions, Instant now) {
    this.state = BatchState.RUNNING;
    this.total = sessions;
    this.heartbeatAt = now;
    return this;
  }

  /** One session done: its certificates issued (some of them new), or failed with a reason. */
  CertificateBatch sessionDone(boolean ok, int newlyIssued, String error, Instant now) {
    this.heartbeatAt = now;
    if (ok) {
      done++;
      issued += newlyIssued;
    } else {
      failed++;
      note(error);
    }
    return this;
  }

  CertificateBatch finish(Instant now) {
    this.state = failed > 0 && done == 0 && total > 0 ? BatchState.FAILED : BatchState.DONE;
    this.finishedAt = now;
    return this;
  }

  CertificateBatch fail(String error, Instant now) {
    note(error);
    this.state = BatchState.FAILED;
    this.finishedAt = now;
    return this;
  }

  private void note(String error) {
    String line = error == null ? "failed" : error;
    String next = errorSummary == null ? line : errorSummary + "\n" + line;
    this.errorSummary = next.length() > MAX_SUMMARY ? next.substring(0, MAX_SUMMARY) : next;
  }

  public String id() {
    return id;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String sessionId() {
    return sessionId;
  }

  /** The class visit whose attestation the batch issues, or null. */
  public String visitBookingId() {
    return visitBookingId;
  }

  public LocalDate fromDay() {
    return fromDay;
  }

  public LocalDate toDay() {
    return toDay;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public BatchState state() {
    return state;
  }

  public int total() {
    return total;
  }

  public int done() {
    return done;
  }

  public int failed() {
    return failed;
  }

  public int issued() {
    return issued;
  }

  public String errorSummary() {
    return errorSummary;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int runs() {
    return runs;
  }
}
