package fr.passeurs.notification.web;

import fr.passeurs.notification.api.NotificationReads;
import fr.passeurs.notification.api.NotificationView;
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

  @Inject private NotificationReads notifications;
  @Inject private Caller caller;

  private List<NotificationView> latest;
  private Long unread;

  public List<NotificationView> getLatest() {
    if (latest == null) {
      latest = notifications.mine(caller, false, PageRequest.first(SHOWN)).items();
    }
    return latest;
  }

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unreadCount(caller);
    }
    return unread;
  }

  public String markAllRead() {
    notifications.markAllRead(caller);
    return "/me/notifications?faces-redirect=true";
  }
}
