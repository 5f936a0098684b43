package fr.passeurs.scheduling;

import fr.passeurs.people.AccountService;
import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.ICalendar;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.security.SecretTokens;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Instance<CalendarSource> sources;
  @Inject private WorkshopService workshop;
  @Inject private SchedulingService scheduling;
  @Inject private AccountService accounts;

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
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, "not-found", "problem.calendar-not-found");
    }
    Instant now = clock.instant();
    TimeRange window = new TimeRange(now.minus(PAST), now.plus(AHEAD));
    List<CalendarEvent> events = new ArrayList<>();
    String name;
    // a person's calendar in the language they read; a room's, shared by a workshop, in French
    Locale language = Locale.FRENCH;
    if (feed.ownerType() == CalendarFeed.Owner.ACCOUNT) {
      name = "Passeurs";
      language = accounts.languageOf(feed.ownerId()).map(Locale::forLanguageTag).orElse(language);
      for (CalendarSource source : sources) {
        events.addAll(source.eventsFor(feed.ownerId(), window));
      }
    } else {
      RoomSummary room =
          workshop
              .room(feed.ownerId())
              .orElseThrow(() -> DomainException.notFound("room", feed.ownerId()));
      name = "Passeurs · " + room.name();
      // the machines of the room booked on their own (by a person, or stopped) are in it too;
      // a session or a visit that uses them holds the room already
      for (MachineSummary machine : workshop.machineSummariesOf(room.manufactureId())) {
        if (!room.id().equals(machine.roomId())) {
          continue;
        }
        for (ReservationView reservation :
            scheduling.ofResource(ResourceType.MACHINE, machine.id(), window)) {
          if (reservation.holderType() == HolderType.MACHINE_BOOKING
              || reservation.holderType() == HolderType.OUTAGE) {
            events.add(
                new CalendarEvent(
                    "reservation-" + reservation.id() + "@passeurs",
                    reservation.time(),
                    Message.of("words", reservation.label()),
                    Message.of(
                        reservation.holderType() == HolderType.OUTAGE
                            ? "calendar.room-machine-outage"
                            : "calendar.room-machine",
                        room.name(),
                        machine.name()),
                    room.name(),
                    false));
          }
        }
      }
      for (ReservationView reservation :
          scheduling.ofResource(ResourceType.ROOM, room.id(), window)) {
        events.add(
            new CalendarEvent(
                "reservation-" + reservation.id() + "@passeurs",
                reservation.time(),
                Message.of("words", reservation.label()),
                Message.of("calendar.room-reservation", room.name()),
                room.name(),
                false));
      }
    }
    events.sort(java.util.Comparator.comparing(e -> e.time().start()));
    return ICalendar.of(name, events, now, language);
  }

  private String issue(CalendarFeed.Owner owner, String ownerId) {
    revoke(owner, ownerId);
    String token = SecretTokens.newToken();
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
      throw DomainException.forbidden("forbidden.manufacture.manage");
    }
  }

  static String hash(String token) {
    return SecretTokens.digest(token);
  }
}
