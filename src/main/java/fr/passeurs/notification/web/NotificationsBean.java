package fr.passeurs.notification.web;

import fr.passeurs.notification.Notification;
import fr.passeurs.notification.NotificationService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The caller's notifications, newest first, and how many are unread (shown in the header). */
@Named
@RequestScoped
public class NotificationsBean {

  private static final int SHOWN = 50;

  @Inject private NotificationService notifications;
  @Inject private Caller caller;

  private List<Notification> latest;
  private Long unread;

  public List<Notification> getLatest() {
    if (latest == null) {
      latest = notifications.mine(caller, false, PageRequest.first(SHOWN)).items();
    }
    return latest;
  }

  public long getUnread() {
    if (unread == null) {
      unread = caller.isAuthenticated() ? notifications.unreadCount(caller) : 0L;
    }
    return unread;
  }

  public String markAllRead() {
    notifications.markAllRead(caller);
    return "/me/notifications?faces-redirect=true";
  }
}
