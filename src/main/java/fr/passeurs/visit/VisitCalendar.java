package fr.passeurs.visit;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.scheduling.CalendarSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Puts confirmed class visits in the calendars of their teacher and their host artisan. */
@ApplicationScoped
public class VisitCalendar implements CalendarSource {

  @Inject private VisitBookingService bookings;
  @Inject private VisitNotices notices;

  @Override
  public List<CalendarEvent> eventsFor(String accountId, TimeRange window) {
    return bookings.confirmedFor(accountId, window).stream()
        .map(b -> notices.calendarOf(b, false))
        .toList();
  }
}
