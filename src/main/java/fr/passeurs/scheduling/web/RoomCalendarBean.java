package fr.passeurs.scheduling.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.SiteAddress;
import fr.passeurs.scheduling.CalendarFeedService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A room's private calendar address, for the manager to hand to whoever keeps the room's agenda (a
 * screen at the door, the workshop's shared calendar). Only the token's hash is kept: the address
 * is shown once, when it is made; a new one ends the old, and revoking ends it.
 */
@Named
@RequestScoped
public class RoomCalendarBean {

  @Inject private CalendarFeedService feeds;
  @Inject private Caller caller;

  private String roomId;
  private String url;

  public String issue(String room) {
    try {
      String token = feeds.issueForRoom(caller, caller.manufactureId(), room);
      roomId = room;
      url = SiteAddress.of("/api/calendars/" + token + ".ics");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return null;
  }

  public String revoke(String room) {
    try {
      feeds.revokeRoom(caller, caller.manufactureId(), room);
      Feedback.info("calendar.roomRevoked");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return null;
  }

  /** The address just made for this room, or null. */
  public String urlFor(String room) {
    return room.equals(roomId) ? url : null;
  }
}
