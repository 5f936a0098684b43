package fr.passeurs.training;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.ParisTime;
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
        "Place confirmée : " + session.title(),
        "Votre place est confirmée pour « "
            + session.title()
            + " », à partir du "
            + ParisTime.shown(session.startsAt())
            + ".",
        link(session),
        calendarOf(session, false));
  }

  Notice promoted(TrainingSession session, String apprenticeId) {
    return new Notice(
        apprenticeId,
        "PROMOTED",
        "Une place s'est libérée : " + session.title(),
        "Une place s'est libérée dans « "
            + session.title()
            + " » : elle est à vous, à partir du "
            + ParisTime.shown(session.startsAt())
            + ".",
        link(session),
        calendarOf(session, false));
  }

  Notice waitlisted(TrainingSession session, String apprenticeId, int position) {
    return new Notice(
        apprenticeId,
        "WAITLISTED",
        "Liste d'attente : " + session.title(),
        "La session « "
            + session.title()
            + " » est complète ; vous êtes en position "
            + position
            + " sur la liste d'attente. Vous serez prévenu·e si une place se libère.",
        link(session),
        null);
  }

  Notice cancelled(TrainingSession session, String recipientId, String reason) {
    return new Notice(
        recipientId,
        "SESSION_CANCELLED",
        "Session annulée : " + session.title(),
        "La session « "
            + session.title()
            + " » du "
            + ParisTime.shown(session.startsAt())
            + " est annulée ("
            + reason
            + ").",
        link(session),
        calendarOf(session, true));
  }

  /** The whole session as one calendar event from its first to its last half-day. */
  CalendarEvent calendarOf(TrainingSession session, boolean cancelled) {
    return new CalendarEvent(
        "session-" + session.id() + "@passeurs",
        new TimeRange(session.startsAt(), session.endsAt()),
        session.title(),
        "Session de formation Passeurs.",
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
                    session.title(),
                    "Session de formation Passeurs, demi-journée "
                        + (i + 1)
                        + " sur "
                        + times.size()
                        + ".",
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
