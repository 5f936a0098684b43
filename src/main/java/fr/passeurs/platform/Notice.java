package fr.passeurs.platform;

/**
 * Something a person must be told: a seat confirmed, a session cancelled. Any context fires it (a
 * CDI event, inside its transaction); the notifications keep it for the person, written in the
 * language they read, and mail it when mail is configured, with the calendar event attached if
 * there is one.
 */
public record Notice(
    String recipientId,
    String kind,
    Message title,
    Message body,
    String link,
    CalendarEvent calendar) {

  public Notice {
    if (recipientId == null || kind == null || title == null) {
      throw new IllegalArgumentException("a notice has a recipient, a kind and a title");
    }
  }
}
