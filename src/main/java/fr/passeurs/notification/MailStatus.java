package fr.passeurs.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
  PENDING,
  SENT,
  /** Given up after too many attempts; kept, never deleted. */
  FAILED
}
