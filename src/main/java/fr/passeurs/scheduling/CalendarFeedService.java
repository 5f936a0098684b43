package fr.passeurs.scheduling;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.ICalendar;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The private iCalendar feeds: one per person (the sessions and visits of every context that is a
 * {@link CalendarSource}) and one per room (its reservations), each behind an unguessable token.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

  /** A feed shows from a month ago to a year ahead. */
  static final Duration PAST = Duration.ofDays(31);

  static final Duration AHEAD = Duration.ofDays(366);

  private final SecureRandom random = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Instance<CalendarSource> sources;
  @Inject private WorkshopService workshop;
  @Inject private SchedulingService scheduling;

  /** A new token for the caller's own calendar; the previous one stops working. */
  public String issueForMe(Caller caller) {
    caller.requireAuthenticated();
    return issue(CalendarFeed.Owner.ACCOUNT, caller.accountId());
  }

  public void revokeMine(Caller caller) {
    caller.requireAuthenticated();
    revoke(CalendarFeed.Owner.ACCOUNT, caller.accountId());
  }

  /** A new token for a room's calendar: its manufacture's managers, the admin. */
  public String issueForRoom(Caller caller, String manufactureId, String roomId) {
    checkRoom(caller, manufactureId, roomId);
    return issue(CalendarFeed.Owner.ROOM, roomId);
  }

  public void revokeRoom(Caller caller, String manufactureId, String roomId) {
    checkRoom(caller, manufactureId, roomId);
    revoke(CalendarFeed.Owner.ROOM, roomId);
  }

  /** The calendar behind a token, as an iCalendar document. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String render(String token) {
    CalendarFeed feed = token == null ? null : em.find(CalendarFeed.class, hash(token));
    if (feed == null) {
      throw DomainException.notFound("calendar", "given");
    }
    Instant now = clock.instant();
    TimeRange window = new TimeRange(now.minus(PAST), now.plus(AHEAD));
    List<CalendarEvent> events = new ArrayList<>();
    String name;
    if (feed.ownerType() == CalendarFeed.Owner.ACCOUNT) {
      name = "Passeurs";
      for (CalendarSource source : sources) {
        events.addAll(source.eventsFor(feed.ownerId(), window));
      }
    } else {
      RoomSummary room =
          workshop
              .room(feed.ownerId())
              .orElseThrow(() -> DomainException.notFound("room", feed.ownerId()));
      name = "Passeurs · " + room.name();
      for (ReservationView reservation :
          scheduling.ofResource(ResourceType.ROOM, room.id(), window)) {
        events.add(
            new CalendarEvent(
                "reservation-" + reservation.id() + "@passeurs",
                reservation.time(),
                reservation.label(),
                "Réservation de la salle " + room.name() + ".",
                room.name(),
                false));
      }
    }
    events.sort(java.util.Comparator.comparing(e -> e.time().start()));
    return ICalendar.of(name, events, now);
  }

  private String issue(CalendarFeed.Owner owner, String ownerId) {
    revoke(owner, ownerId);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    em.persist(new CalendarFeed(hash(token), owner, ownerId, clock.instant()));
    return token;
  }

  private void revoke(CalendarFeed.Owner owner, String ownerId) {
    em.createQuery("DELETE FROM CalendarFeed f WHERE f.ownerType = :type AND f.ownerId = :id")
        .setParameter("type", owner)
        .setParameter("id", ownerId)
        .executeUpdate();
  }

  private void checkRoom(Caller caller, String manufactureId, String roomId) {
    RoomSummary room =
        workshop
            .room(roomId)
            .filter(r -> r.manufactureId().equals(manufactureId))
            .orElseThrow(() -> DomainException.notFound("room", roomId));
    if (!caller.mayRun(room.manufactureId())) {
      throw DomainException.forbidden(
          "Only a manager of this manufacture (or the admin) may do this.");
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
