package fr.passeurs.notification;

import fr.passeurs.people.AccountService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.ICalendar;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.Notices;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keeps every notice for its recipient and, when mail is configured, puts a mail in the outbox:
 * both in the transaction of what caused the notice, so that neither is lost nor sent for something
 * that did not happen.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AccountService accounts;
  @Inject private MailSettings mail;

  void onNotice(@Observes Notice notice) {
    keep(
        notice,
        mail.enabled() ? accounts.contact(notice.recipientId()).orElse(null) : null,
        clock.instant());
  }

  /** The same for many notices: their recipients' addresses are read together. */
  void onNotices(@Observes Notices notices) {
    Map<String, AccountService.Contact> contacts =
        mail.enabled()
            ? accounts.contacts(notices.each().stream().map(Notice::recipientId).toList())
            : Map.of();
    Instant now = clock.instant();
    for (Notice notice : notices.each()) {
      keep(notice, contacts.get(notice.recipientId()), now);
    }
  }

  /** Keeps the notice for its recipient and, given where to write, mails it. */
  private void keep(Notice notice, AccountService.Contact contact, Instant now) {
    Notification notification = new Notification(notice, now);
    em.persist(notification);
    if (contact == null || !mail.enabled()) {
      return;
    }
    String body =
        "Bonjour "
            + contact.displayName()
            + ",\n\n"
            + notification.body()
            + "\n\n"
            + mail.absolute(notice.link())
            + "\n\n-- \nPasseurs\n";
    String calendar =
        notice.calendar() == null
            ? null
            : ICalendar.of("Passeurs", List.of(notice.calendar()), now);
    em.persist(
        new OutgoingMail(notification.id(), contact.email(), notice.title(), body, calendar, now));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Notification> mine(Caller caller, boolean unreadOnly, PageRequest page) {
    caller.requireAuthenticated();
    String where = " WHERE n.recipientId = :me" + (unreadOnly ? " AND n.readAt IS NULL" : "");
    List<Notification> items =
        em.createQuery(
                "SELECT n FROM Notification n" + where + " ORDER BY n.createdAt DESC, n.id",
                Notification.class)
            .setParameter("me", caller.accountId())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(n) FROM Notification n" + where, Long.class)
            .setParameter("me", caller.accountId())
            .getSingleResult();
    return page.page(items, total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long unreadCount(Caller caller) {
    if (caller.accountId() == null) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :me AND n.readAt IS NULL",
            Long.class)
        .setParameter("me", caller.accountId())
        .getSingleResult();
  }

  public Notification markRead(Caller caller, String id) {
    caller.requireAuthenticated();
    Notification notification = Ids.isWellFormed(id) ? em.find(Notification.class, id) : null;
    if (notification == null || !caller.is(notification.recipientId())) {
      throw DomainException.notFound("notification", id);
    }
    notification.markRead(clock.instant());
    return notification;
  }

  public int markAllRead(Caller caller) {
    caller.requireAuthenticated();
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :me AND n.readAt IS NULL")
        .setParameter("now", clock.instant())
        .setParameter("me", caller.accountId())
        .executeUpdate();
  }
}
