package fr.passeurs.notification;

import fr.passeurs.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * A person's notifications and the mails waiting for them: shown to them; when they leave, theirs
 * go, and their name gives way to the label in what others were told (a notice that names them).
 */
@ApplicationScoped
public class NotificationData implements PersonalData {

  /** Shorter names are left alone: they would match inside other words. */
  static final int SHORTEST_NAME_REPLACED = 3;

  @PersistenceContext private EntityManager em;

  /** A notification, in the export. */
  public record NotificationLine(
      String kind, String title, String body, String link, Instant createdAt, Instant readAt) {}

  @Override
  public String part() {
    return "notifications";
  }

  @Override
  public Object heldOn(String accountId) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipientId = :me ORDER BY n.createdAt",
            Notification.class)
        .setParameter("me", accountId)
        .getResultStream()
        .map(
            n ->
                new NotificationLine(
                    n.kind(), n.title(), n.body(), n.link(), n.createdAt(), n.readAt()))
        .toList();
  }

  @Override
  public void forget(Erasure erasure) {
    String me = erasure.person().accountId();
    em.createQuery(
            "DELETE FROM OutgoingMail m WHERE m.recipient = :email OR m.notificationId IN"
                + " (SELECT n.id FROM Notification n WHERE n.recipientId = :me)")
        .setParameter("email", erasure.email())
        .setParameter("me", me)
        .executeUpdate();
    em.createQuery("DELETE FROM Notification n WHERE n.recipientId = :me")
        .setParameter("me", me)
        .executeUpdate();
    String name = erasure.name();
    if (name != null && name.strip().length() >= SHORTEST_NAME_REPLACED) {
      for (String sql :
          List.of(
              // cut to the columns' sizes: the label may be longer than the name
              "UPDATE notification SET title = LEFT(REPLACE(title, ?, ?), 300),"
                  + " body = LEFT(REPLACE(body, ?, ?), 2000) WHERE title LIKE ? OR body LIKE ?",
              "UPDATE outgoing_mail SET subject = LEFT(REPLACE(subject, ?, ?), 300),"
                  + " body = LEFT(REPLACE(body, ?, ?), 4000) WHERE subject LIKE ? OR body LIKE ?")) {
        String like = "%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        em.createNativeQuery(sql.replace("LIKE ?", "LIKE ? ESCAPE '!'"))
            .setParameter(1, name)
            .setParameter(2, erasure.label())
            .setParameter(3, name)
            .setParameter(4, erasure.label())
            .setParameter(5, like)
            .setParameter(6, like)
            .executeUpdate();
      }
    }
  }
}
