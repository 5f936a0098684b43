package fr.passeurs.notification.api;

import fr.passeurs.notification.Notification;
import fr.passeurs.notification.NotificationService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A person's notifications as the API and the pages both read them. */
@ApplicationScoped
public class NotificationReads {

  @Inject private NotificationService notifications;

  /** The caller's notifications, newest first; unread ones only if asked. */
  public Page<NotificationView> mine(Caller caller, boolean unreadOnly, PageRequest page) {
    return notifications.mine(caller, unreadOnly, page).map(NotificationReads::view);
  }

  /** How many the caller has not read; none for a visitor. */
  public long unreadCount(Caller caller) {
    return caller.isAuthenticated() ? notifications.unreadCount(caller) : 0L;
  }

  /** Marks one read. */
  public NotificationView markRead(Caller caller, String id) {
    return view(notifications.markRead(caller, id));
  }

  /** Marks all read; how many were marked. */
  public int markAllRead(Caller caller) {
    return notifications.markAllRead(caller);
  }

  private static NotificationView view(Notification n) {
    return new NotificationView(
        n.id(), n.kind(), n.title(), n.body(), n.link(), n.createdAt(), n.isRead());
  }
}
