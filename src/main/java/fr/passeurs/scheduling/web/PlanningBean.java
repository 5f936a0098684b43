package fr.passeurs.scheduling.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.scheduling.ReservationView;
import fr.passeurs.scheduling.SchedulingService;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The planning of a manufacture for its artisans and managers: a week of the one calendar, every
 * room and machine or only one, with the reservation that refused a booking highlighted.
 */
@Named
@RequestScoped
public class PlanningBean {

  @Inject private SchedulingService scheduling;
  @Inject private WorkshopService workshop;
  @Inject private Caller caller;

  private LocalDate week;
  private String resource;
  private String highlight;
  private List<ReservationView> reservations;
  private ScheduleModel model;

  /** The Monday of the week shown. */
  public LocalDate getMonday() {
    LocalDate day = week == null ? LocalDate.now(ClockProducer.PARIS) : week;
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public List<ReservationView> getReservations() {
    if (reservations == null) {
      if (caller.manufactureId() == null) {
        reservations = List.of();
      } else {
        LocalDate monday = getMonday();
        TimeRange window =
            new TimeRange(
                monday.atStartOfDay(ClockProducer.PARIS).toInstant(),
                monday.plusDays(7).atStartOfDay(ClockProducer.PARIS).toInstant());
        reservations =
            scheduling.ofManufacture(caller.manufactureId(), window).stream()
                .filter(
                    r -> resource == null || resource.isBlank() || r.resourceId().equals(resource))
                .toList();
      }
    }
    return reservations;
  }

  public ScheduleModel getModel() {
    if (model == null) {
      model = new DefaultScheduleModel();
      for (ReservationView r : getReservations()) {
        boolean conflict = r.id().equals(highlight);
        model.addEvent(
            DefaultScheduleEvent.builder()
                .id(r.id())
                .title(r.resourceLabel() + " — " + r.label())
                .description(r.label())
                .startDate(r.time().start().atZone(ClockProducer.PARIS).toLocalDateTime())
                .endDate(r.time().end().atZone(ClockProducer.PARIS).toLocalDateTime())
                .styleClass(
                    "booking booking-"
                        + r.resourceType().name().toLowerCase(java.util.Locale.ROOT)
                        + (conflict ? " booking-conflict" : ""))
                .editable(false)
                .build());
      }
    }
    return model;
  }

  /** The reservation that is in the way, when the page was opened to show it. */
  public ReservationView getConflict() {
    return highlight == null
        ? null
        : getReservations().stream().filter(r -> r.id().equals(highlight)).findFirst().orElse(null);
  }

  public List<RoomSummary> getRooms() {
    return caller.manufactureId() == null
        ? List.of()
        : workshop.roomSummaries(caller.manufactureId());
  }

  public List<MachineSummary> getMachines() {
    return caller.manufactureId() == null
        ? List.of()
        : workshop.machineSummariesOf(caller.manufactureId());
  }

  public String getPreviousWeek() {
    return getMonday().minusWeeks(1).toString();
  }

  public String getNextWeek() {
    return getMonday().plusWeeks(1).toString();
  }

  public LocalDate getWeek() {
    return week;
  }

  public void setWeek(LocalDate week) {
    this.week = week;
  }

  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  public String getHighlight() {
    return highlight;
  }

  public void setHighlight(String highlight) {
    this.highlight = highlight;
  }

  public String show() {
    return "/artisan/planning?faces-redirect=true&includeViewParams=true";
  }
}
