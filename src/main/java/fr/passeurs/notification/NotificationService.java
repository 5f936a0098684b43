package fr.passeurs.notification;

import fr.passeurs.people.AccountService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.ICalendar;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Messages;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.Notices;
import fr.passeurs.platform.PrivateMail;
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
import java.util.Locale;
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
    keep(notice, accounts.contact(notice.recipientId()).orElse(null), clock.instant());
  }

  /** The same for many notices: their recipients' addresses and languages are read together. */
  void onNotices(@Observes Notices notices) {
    Map<String, AccountService.Contact> contacts =
        accounts.contacts(notices.each().stream().map(Notice::recipientId).toList());
    Instant now = clock.instant();
    for (Notice notice : notices.each()) {
      keep(notice, contacts.get(notice.recipientId()), now);
    }
  }

  /**
   * Mails a private mail (a link that sets a password) in its recipient's language, when mail is
   * configured; it is not kept as a notification.
   */
  void onPrivateMail(@Observes PrivateMail privateMail) {
    AccountService.Contact contact = accounts.contact(privateMail.recipientId()).orElse(null);
    if (contact == null || !mail.enabled()) {
      return;
    }
    Locale language = Messages.supported(Locale.forLanguageTag(contact.language()));
    String body =
        Messages.format(
            language,
            "mail.body",
            contact.displayName(),
            Messages.format(language, privateMail.body()),
            mail.absolute(privateMail.link()));
    em.persist(
        new OutgoingMail(
            null,
            contact.email(),
            Messages.format(language, privateMail.subject()),
            body,
            null,
            clock.instant()));
  }

  /**
   * Keeps the notice for its recipient, written in the language they read, and, when mail is
   * configured, mails it in that language.
   */
  private void keep(Notice notice, AccountService.Contact contact, Instant now) {
    Locale language =
        Messages.supported(Locale.forLanguageTag(contact == null ? "fr" : contact.language()));
    Notification notification = new Notification(notice, language, now);
    em.persist(notification);
    if (contact == null || !mail.enabled()) {
      return;
    }
    String body =
        Messages.format(
            language,
            "mail.body",
            contact.displayName(),
            notification.body(),
            mail.absolute(notice.link()));
    String calendar =
        notice.calendar() == null
            ? null
            : ICalendar.of("Passeurs", List.of(notice.calendar()), now, language);
    em.persist(
        new OutgoingMail(
            notification.id(), contact.email(), notification.title(), body, calendar, now));
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
