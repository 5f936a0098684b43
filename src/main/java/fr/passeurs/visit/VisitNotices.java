package fr.passeurs.visit;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the teacher and the host are told at each step of a visit, and how it looks on a calendar.
 */
@ApplicationScoped
public class VisitNotices {

  @Inject private ManufactureService manufactures;

  /** A message for both sides of a booking, before it is addressed. */
  record Told(String kind, Message title, Message body, String link, CalendarEvent calendar) {

    Notice to(String recipientId) {
      return new Notice(recipientId, kind, title, body, link, calendar);
    }
  }

  Told requested(VisitBooking b, School school) {
    return new Told(
        "VISIT_REQUESTED",
        Message.of("notice.visit-requested.title", b.title()),
        Message.of(
            "notice.visit-requested.body",
            school.name(),
            b.title(),
            b.pupils(),
            b.when().start(),
            b.wishedTimes().size() - 1,
            b.answerBy()),
        link(b),
        null);
  }

  Told confirmed(VisitBooking b, School school) {
    return new Told(
        "VISIT_CONFIRMED",
        Message.of("notice.visit-confirmed.title", b.title()),
        Message.of("notice.visit-confirmed.body", b.title(), school.name(), b.when().start()),
        link(b),
        calendarOf(b, false));
  }

  Told declined(VisitBooking b, School school) {
    return new Told(
        "VISIT_DECLINED",
        Message.of("notice.visit-declined.title", b.title()),
        Message.of("notice.visit-declined.body", b.title(), school.name(), b.reason()),
        link(b),
        null);
  }

  Told cancelled(VisitBooking b, School school, boolean wasConfirmed) {
    return new Told(
        "VISIT_CANCELLED",
        Message.of("notice.visit-cancelled.title", b.title()),
        Message.of(
            "notice.visit-cancelled.body", b.title(), school.name(), b.when().start(), b.reason()),
        link(b),
        wasConfirmed ? calendarOf(b, true) : null);
  }

  Told expired(VisitBooking b, School school) {
    return new Told(
        "VISIT_EXPIRED",
        Message.of("notice.visit-expired.title", b.title()),
        Message.of("notice.visit-expired.body", b.title(), school.name(), b.answerBy()),
        link(b),
        null);
  }

  Told done(VisitBooking b, School school) {
    return new Told(
        "VISIT_DONE",
        Message.of("notice.visit-done.title", b.title()),
        Message.of(
            "notice.visit-done.body",
            b.title(),
            school.name(),
            b.presentPupils(),
            b.presentAdults()),
        link(b),
        null);
  }

  Told attendanceConfirmed(VisitBooking b, School school) {
    return new Told(
        "VISIT_ATTENDANCE_CONFIRMED",
        Message.of("notice.visit-attendance-confirmed.title", b.title()),
        Message.of(
            "notice.visit-attendance-confirmed.body",
            school.name(),
            b.title(),
            b.presentPupils(),
            b.presentAdults()),
        link(b),
        null);
  }

  /** The visit as one calendar event at its confirmed time. */
  CalendarEvent calendarOf(VisitBooking b, boolean cancelled) {
    TimeRange time = b.confirmedTime().orElse(b.when());
    return new CalendarEvent(
        "visit-" + b.id() + "@passeurs",
        time,
        Message.of("calendar.visit", b.title()),
        Message.of("calendar.visit-group", b.pupils(), b.adults()),
        manufactures.summary(b.manufactureId()).map(ManufactureSummary::name).orElse(""),
        cancelled);
  }

  static String link(VisitBooking b) {
    return "/visits/booking.xhtml?id=" + b.id();
  }
}
