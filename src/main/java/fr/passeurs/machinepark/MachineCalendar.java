package fr.passeurs.machinepark;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.scheduling.CalendarSource;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Puts a person's machine bookings in their calendar; a cancelled one stays there as cancelled, so
 * that calendar applications remove it.
 */
@ApplicationScoped
public class MachineCalendar implements CalendarSource {

  @Inject private MachineParkService park;
  @Inject private WorkshopService workshop;

  /** The booking's identifier in calendars: the same in the feed and in the mails. */
  static String uid(MachineBooking booking) {
    return "machine-booking-" + booking.id() + "@passeurs";
  }

  @Override
  public List<CalendarEvent> eventsFor(String accountId, TimeRange window) {
    List<MachineBooking> bookings = park.bookingsHeldBy(accountId, window);
    Map<String, MachineSummary> machines =
        workshop.machineSummaries(bookings.stream().map(MachineBooking::machineId).toList());
    return bookings.stream()
        .map(
            b -> {
              MachineSummary machine = machines.get(b.machineId());
              String name = machine == null ? "" : machine.name();
              return new CalendarEvent(
                  uid(b),
                  b.time(),
                  Message.of("calendar.machine-booking", name),
                  Message.of("calendar.machine-booking.description", name),
                  name,
                  b.cancelledAt() != null);
            })
        .toList();
  }
}
