package fr.passeurs.visit;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.ParisTime;
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
  record Told(String kind, String title, String body, String link, CalendarEvent calendar) {

    Notice to(String recipientId) {
      return new Notice(recipientId, kind, title, body, link, calendar);
    }
  }

  Told requested(VisitBooking b, School school) {
    return new Told(
        "VISIT_REQUESTED",
        "Demande de visite : " + b.title(),
        school.name()
            + " demande une visite « "
            + b.title()
            + " » pour "
            + b.pupils()
            + " élèves, le "
            + ParisTime.inSentence(b.when().start())
            + (b.wishedTimes().size() > 1
                ? " (ou " + (b.wishedTimes().size() - 1) + " autre(s) créneau(x))"
                : "")
            + ". Réponse attendue avant le "
            + ParisTime.inSentence(b.answerBy())
            + ".",
        link(b),
        null);
  }

  Told confirmed(VisitBooking b, School school) {
    return new Told(
        "VISIT_CONFIRMED",
        "Visite confirmée : " + b.title(),
        "La visite « "
            + b.title()
            + " » de "
            + school.name()
            + " est confirmée le "
            + ParisTime.inSentence(b.when().start())
            + ".",
        link(b),
        calendarOf(b, false));
  }

  Told declined(VisitBooking b, School school) {
    return new Told(
        "VISIT_DECLINED",
        "Visite déclinée : " + b.title(),
        "La demande de visite « "
            + b.title()
            + " » de "
            + school.name()
            + " est déclinée : "
            + b.reason(),
        link(b),
        null);
  }

  Told cancelled(VisitBooking b, School school, boolean wasConfirmed) {
    return new Told(
        "VISIT_CANCELLED",
        "Visite annulée : " + b.title(),
        "La visite « "
            + b.title()
            + " » de "
            + school.name()
            + " du "
            + ParisTime.inSentence(b.when().start())
            + " est annulée : "
            + b.reason(),
        link(b),
        wasConfirmed ? calendarOf(b, true) : null);
  }

  Told expired(VisitBooking b, School school) {
    return new Told(
        "VISIT_EXPIRED",
        "Demande expirée : " + b.title(),
        "La demande de visite « "
            + b.title()
            + " » de "
            + school.name()
            + " n'a pas reçu de réponse avant le "
            + ParisTime.inSentence(b.answerBy())
            + " : elle a expiré.",
        link(b),
        null);
  }

  Told done(VisitBooking b, School school) {
    return new Told(
        "VISIT_DONE",
        "Visite effectuée : " + b.title(),
        "La visite « "
            + b.title()
            + " » de "
            + school.name()
            + " est marquée effectuée : "
            + b.presentPupils()
            + " élèves et "
            + b.presentAdults()
            + " adultes présents.",
        link(b),
        null);
  }

  Told attendanceConfirmed(VisitBooking b, School school) {
    return new Told(
        "VISIT_ATTENDANCE_CONFIRMED",
        "Présences confirmées : " + b.title(),
        school.name()
            + " confirme les présences de la visite « "
            + b.title()
            + " » : "
            + b.presentPupils()
            + " élèves et "
            + b.presentAdults()
            + " adultes.",
        link(b),
        null);
  }

  /** The visit as one calendar event at its confirmed time. */
  CalendarEvent calendarOf(VisitBooking b, boolean cancelled) {
    TimeRange time = b.confirmedTime().orElse(b.when());
    return new CalendarEvent(
        "visit-" + b.id() + "@passeurs",
        time,
        "Visite de classe : " + b.title(),
        b.pupils() + " élèves, " + b.adults() + " accompagnateurs. Visite de classe Passeurs.",
        manufactures.summary(b.manufactureId()).map(ManufactureSummary::name).orElse(""),
        cancelled);
  }

  static String link(VisitBooking b) {
    return "/visits/booking.xhtml?id=" + b.id();
  }
}
