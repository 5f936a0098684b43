package fr.passeurs.scheduling;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.TimeRange;
import java.util.List;

/**
 * A context that puts events in people's calendars (the sessions they run or attend, the visits
 * they host or book). The calendar feeds ask every source; a source depends on scheduling, never
 * the other way round.
 */
public interface CalendarSource {

  /** The events of this account that meet the window. */
  List<CalendarEvent> eventsFor(String accountId, TimeRange window);
}
