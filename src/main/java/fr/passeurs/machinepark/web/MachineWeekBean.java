package fr.passeurs.machinepark.web;

import fr.passeurs.machinepark.MachineRules;
import fr.passeurs.machinepark.api.MachineParkReads;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingRequest;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.machinepark.api.MachineParkViews.Window;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.scheduling.HolderType;
import fr.passeurs.scheduling.ReservationView;
import fr.passeurs.scheduling.ResourceType;
import fr.passeurs.scheduling.SchedulingService;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.schedule.ScheduleRangeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * A machine's week: its free windows and what holds it, in a calendar where one drags over a free
 * time (or clicks it) to fill the booking form, and as a list of free windows per day, each a link
 * that fills the form too; the form books. The page keeps its parameters in its address (machine,
 * week, day, start, end), so that it reads the same after a refusal or a reload.
 */
@Named
@ViewScoped
public class MachineWeekBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The calendar shows at least these hours, and the form offers times within them. */
  static final LocalTime EARLIEST = LocalTime.of(8, 0);

  static final LocalTime LATEST = LocalTime.of(19, 0);

  @Inject private MachineParkReads park;
  @Inject private WorkshopService workshop;
  @Inject private SchedulingService scheduling;
  @Inject private AccountService accounts;
  @Inject private Caller caller;

  private String machine;
  private LocalDate week;
  private LocalDate day;
  private String start;
  private String end;
  private String forAccountId;

  private transient MachineSummary summary;
  private transient boolean looked;
  private transient MachineRules rules;
  private transient List<Window> windows;
  private transient ScheduleModel model;

  /** A day of the week with its free windows. */
  public record FreeDay(LocalDate day, List<Window> windows) {}

  /** The machine shown, if it is one of the caller's manufacture (or the admin's to see). */
  public MachineSummary getMachineSummary() {
    if (!looked) {
      looked = true;
      summary =
          workshop
              .machine(machine)
              .filter(m -> caller.isAdmin() || m.manufactureId().equals(caller.manufactureId()))
              .orElse(null);
    }
    return summary;
  }

  public MachineRules getRules() {
    if (rules == null && getMachineSummary() != null) {
      rules = park.rulesOf(List.of(machine)).get(machine);
    }
    return rules;
  }

  public boolean isManager() {
    return getMachineSummary() != null && caller.mayRun(summary.manufactureId());
  }

  public LocalDate getMonday() {
    LocalDate shown = week == null ? park.today() : week;
    return shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate getPreviousWeek() {
    return getMonday().minusWeeks(1);
  }

  public LocalDate getNextWeek() {
    return getMonday().plusWeeks(1);
  }

  public List<Window> getWindows() {
    if (windows == null) {
      windows =
          getMachineSummary() == null
              ? List.of()
              : park.availability(
                      summary.manufactureId(), machine, getMonday(), getMonday().plusDays(7))
                  .windows();
    }
    return windows;
  }

  /** The days of the week that have free windows, each with them. */
  public List<FreeDay> getFreeDays() {
    List<FreeDay> days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      LocalDate d = getMonday().plusDays(i);
      List<Window> ofDay =
          getWindows().stream()
              .filter(w -> w.start().atZone(ClockProducer.PARIS).toLocalDate().equals(d))
              .toList();
      if (!ofDay.isEmpty()) {
        days.add(new FreeDay(d, ofDay));
      }
    }
    return days;
  }

  /** The seven days of the week, to choose the day of a booking. */
  public List<LocalDate> getDays() {
    return getMonday().datesUntil(getMonday().plusDays(7)).toList();
  }

  /** The times on the machine's step that the form offers. */
  public List<String> getTimes() {
    int step = getRules() == null ? 30 : rules.slotMinutes();
    List<String> times = new ArrayList<>();
    for (LocalTime t = EARLIEST; !t.isAfter(LATEST); t = t.plusMinutes(step)) {
      times.add(t.toString());
    }
    return times;
  }

  /** The first time of a free window, for a link that fills the form. */
  public String startOf(Window window) {
    return window.start().atZone(ClockProducer.PARIS).toLocalTime().toString();
  }

  /** The end a link proposes: the shortest booking from the start, within the window. */
  public String proposedEndOf(Window window) {
    Instant shortest = window.start().plusSeconds(60L * getRules().minMinutes());
    Instant end = shortest.isAfter(window.end()) ? window.end() : shortest;
    return end.atZone(ClockProducer.PARIS).toLocalTime().toString();
  }

  public String dayOf(Window window) {
    return window.start().atZone(ClockProducer.PARIS).toLocalDate().toString();
  }

  /** The artisans a manager may book for. */
  public List<AccountSummary> getArtisans() {
    return isManager() ? accounts.artisansOf(summary.manufactureId()) : List.of();
  }

  public ScheduleModel getModel() {
    if (model == null) {
      model = new DefaultScheduleModel();
      if (getMachineSummary() == null) {
        return model;
      }
      for (Window w : getWindows()) {
        model.addEvent(
            DefaultScheduleEvent.builder()
                .title(Feedback.text("machine.free"))
                .startDate(local(w.start()))
                .endDate(local(w.end()))
                .display(org.primefaces.model.ScheduleDisplayMode.BACKGROUND)
                .styleClass("machine-free")
                .editable(false)
                .build());
      }
      Set<String> mine =
          park.myBookings(caller).stream().map(MachineBookingView::id).collect(Collectors.toSet());
      TimeRange shown =
          new TimeRange(
              getMonday().atStartOfDay(ClockProducer.PARIS).toInstant(),
              getMonday().plusDays(7).atStartOfDay(ClockProducer.PARIS).toInstant());
      for (ReservationView r : scheduling.ofResource(ResourceType.MACHINE, machine, shown)) {
        boolean own = r.holderType() == HolderType.MACHINE_BOOKING && mine.contains(r.holderId());
        boolean stopped = r.holderType() == HolderType.OUTAGE;
        String title =
            own
                ? Feedback.text("machine.yours")
                : stopped ? Feedback.text("machine.outage", r.label()) : r.label();
        model.addEvent(
            DefaultScheduleEvent.builder()
                .id(r.id())
                .title(title)
                .description(title)
                .startDate(local(r.time().start()))
                .endDate(local(r.time().end()))
                .styleClass(
                    own
                        ? "booking booking-mine"
                        : stopped ? "booking booking-outage" : "booking booking-taken")
                .editable(false)
                .build());
      }
    }
    return model;
  }

  /**
   * A time dragged over in the calendar, or clicked (a single slot): it fills the form, with at
   * least the shortest booking.
   */
  public void rangeChosen(ScheduleRangeEvent event) {
    LocalDateTime from = event.getStartDate();
    LocalDateTime to = event.getEndDate();
    if (from == null || to == null || getRules() == null) {
      return;
    }
    LocalDateTime shortest = from.plusMinutes(rules.minMinutes());
    if (to.isBefore(shortest) || !to.toLocalDate().equals(from.toLocalDate())) {
      to = shortest;
    }
    day = from.toLocalDate();
    start = from.toLocalTime().toString();
    end = to.toLocalTime().toString();
  }

  /** Books the time of the form; on success, on to one's bookings (or the week, for a manager). */
  public String book() {
    if (getMachineSummary() == null) {
      return null;
    }
    LocalTime from = time(start);
    LocalTime to = time(end);
    if (day == null || from == null || to == null) {
      Feedback.error("machine.chooseTime");
      return null;
    }
    if (!to.isAfter(from)) {
      Feedback.error("machine.endAfterStart");
      return null;
    }
    TimeRange time = TimeRange.inParis(day, from, to);
    boolean forSomeone =
        isManager() && forAccountId != null && !forAccountId.isBlank() && !caller.is(forAccountId);
    try {
      MachineBookingView booked =
          park.book(
              caller,
              new MachineBookingRequest(
                  machine, time.start(), time.end(), forSomeone ? forAccountId : null));
      Feedback.info(
          forSomeone ? "machine.bookedFor" : "machine.booked",
          booked.machine(),
          day,
          start,
          end,
          booked.person());
      return forSomeone || isManager()
          ? "/artisan/machine?faces-redirect=true&machine=" + machine + "&week=" + getMonday()
          : "/me/machine-bookings?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** Asks to be told when the machine frees up in the time of the form (the day, from, to). */
  public String watch() {
    LocalTime from = time(start);
    LocalTime to = time(end);
    if (getMachineSummary() == null || day == null || from == null || to == null) {
      Feedback.error("machine.chooseTime");
      return null;
    }
    if (!to.isAfter(from)) {
      Feedback.error("machine.endAfterStart");
      return null;
    }
    TimeRange window = TimeRange.inParis(day, from, to);
    try {
      park.watch(
          caller,
          summary.manufactureId(),
          machine,
          new fr.passeurs.machinepark.api.MachineParkViews.WatchRequest(
              window.start(), window.end()));
      Feedback.info("machine.watching", summary.name(), day, start, end);
      return "/artisan/machine?faces-redirect=true&machine=" + machine + "&week=" + getMonday();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** A time of a form ("09:30"), or null when it is none. */
  static LocalTime time(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDateTime local(Instant instant) {
    return instant.atZone(ClockProducer.PARIS).toLocalDateTime();
  }

  public String getMachine() {
    return machine;
  }

  public void setMachine(String machine) {
    this.machine = machine;
  }

  public LocalDate getWeek() {
    return week;
  }

  public void setWeek(LocalDate week) {
    this.week = week;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getForAccountId() {
    return forAccountId;
  }

  public void setForAccountId(String forAccountId) {
    this.forAccountId = forAccountId;
  }
}
