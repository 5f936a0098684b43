package fr.passeurs.scheduling.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.SiteAddress;
import fr.passeurs.scheduling.CalendarFeedService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The caller's private calendar address, for a calendar application to subscribe to. Only the
 * token's hash is kept, so the address is shown once, when it is made; a new one ends the old.
 */
@Named
@RequestScoped
public class MyCalendarBean {

  @Inject private CalendarFeedService feeds;
  @Inject private Caller caller;

  private String url;

  public String issue() {
    String token = feeds.issueForMe(caller);
    url = SiteAddress.of("/api/calendars/" + token + ".ics");
    return null;
  }

  public String revoke() {
    feeds.revokeMine(caller);
    Feedback.info("calendar.revoked");
    return null;
  }

  public String getUrl() {
    return url;
  }

  /** The same address for calendar applications to subscribe to in one click. */
  public String getWebcal() {
    return url == null ? null : url.replaceFirst("^https?://", "webcal://");
  }
}
