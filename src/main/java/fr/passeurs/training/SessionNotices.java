package fr.passeurs.training;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What people are told about sessions, and how a session looks on a calendar. */
@ApplicationScoped
public class SessionNotices {

  @Inject private ManufactureService manufactures;

  Notice confirmed(TrainingSession session, String apprenticeId) {
    return new Notice(
        apprenticeId,
        "SEAT_CONFIRMED",
        Message.of("notice.seat-confirmed.title", session.title()),
        Message.of("notice.seat-confirmed.body", session.title(), session.startsAt()),
        link(session),
        calendarOf(session, false));
  }

  Notice promoted(TrainingSession session, String apprenticeId) {
    return new Notice(
        apprenticeId,
        "PROMOTED",
        Message.of("notice.promoted.title", session.title()),
        Message.of("notice.promoted.body", session.title(), session.startsAt()),
        link(session),
        calendarOf(session, false));
  }

  Notice waitlisted(TrainingSession session, String apprenticeId, int position) {
    return new Notice(
        apprenticeId,
        "WAITLISTED",
        Message.of("notice.waitlisted.title", session.title()),
        Message.of("notice.waitlisted.body", session.title(), position),
        link(session),
        null);
  }

  /**
   * The session is cancelled, and why ({@link TrainingSession#cancellation}): the words of its
   * organisers or the text of a key, in the language of whoever reads it.
   */
  Notice cancelled(TrainingSession session, String recipientId, Message why) {
    return new Notice(
        recipientId,
        "SESSION_CANCELLED",
        Message.of("notice.session-cancelled.title", session.title()),
        Message.of("notice.session-cancelled.body", session.title(), session.startsAt(), why),
        link(session),
        calendarOf(session, true));
  }

  /** The whole session as one calendar event from its first to its last half-day. */
  CalendarEvent calendarOf(TrainingSession session, boolean cancelled) {
    return new CalendarEvent(
        "session-" + session.id() + "@passeurs",
        new TimeRange(session.startsAt(), session.endsAt()),
        Message.of("words", session.title()),
        Message.of("calendar.session"),
        placeOf(session),
        cancelled);
  }

  /** One calendar event per half-day of the session. */
  List<CalendarEvent> halfDaysOf(TrainingSession session, String place) {
    List<TimeRange> times = session.times();
    return java.util.stream.IntStream.range(0, times.size())
        .mapToObj(
            i ->
                new CalendarEvent(
                    "session-" + session.id() + "-" + i + "@passeurs",
                    times.get(i),
                    Message.of("words", session.title()),
                    Message.of("calendar.session-half-day", i + 1, times.size()),
                    place,
                    session.isCancelled()))
        .toList();
  }

  String placeOf(TrainingSession session) {
    return manufactures.summary(session.manufactureId()).map(ManufactureSummary::name).orElse("");
  }

  private static String link(TrainingSession session) {
    return "/training/session.xhtml?id=" + session.id();
  }
}
