package fr.passeurs.notification;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail in the outbox, written in the same transaction as what it tells about, then sent by the
 * outbox's worker with retries.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

  /** Attempts before giving up; the mail stays in the outbox, marked failed. */
  static final int MAX_ATTEMPTS = 12;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "notification_id")
  private String notificationId;

  @Column(name = "recipient")
  private String recipient;

  @Column(name = "subject")
  private String subject;

  @Column(name = "body")
  private String body;

  @Column(name = "calendar")
  private String calendar;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private MailStatus status;

  @Column(name = "attempts")
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected OutgoingMail() {}

  OutgoingMail(
      String notificationId,
      String recipient,
      String subject,
      String body,
      String calendar,
      Instant now) {
    this.id = Ids.newId();
    this.notificationId = notificationId;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.calendar = calendar;
    this.status = MailStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  void sent(Instant now) {
    status = MailStatus.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /** A failed attempt: wait longer each time (doubling from {@code base}, at most an hour). */
  void failed(String error, Instant now, Duration base) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      status = MailStatus.FAILED;
      return;
    }
    long factor = 1L << Math.min(attempts - 1, 12);
    Duration wait = base.multipliedBy(factor);
    nextAttemptAt = now.plus(wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait);
  }

  /** Claims the mail for a while, so that another worker does not send it too. */
  void lease(Instant until) {
    nextAttemptAt = until;
  }

  public String id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String calendar() {
    return calendar;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }
}
