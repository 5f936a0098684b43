package fr.passeurs.platform;

/**
 * A mail for one person's eyes only, such as a link that sets a new password: mailed in the
 * language they read when mail is configured, and never kept among their notifications, where it
 * would outlive its use. Fired as a CDI event inside the transaction of what causes it.
 */
public record PrivateMail(String recipientId, Message subject, Message body, String link) {

  public PrivateMail {
    if (recipientId == null || subject == null || body == null || link == null) {
      throw new IllegalArgumentException(
          "a private mail has a recipient, a subject, a body, a link");
    }
  }
}
