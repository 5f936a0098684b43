package fr.passeurs.scheduling.web;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.scheduling.HolderType;
import fr.passeurs.scheduling.ReservationView;
import fr.passeurs.scheduling.ResourceType;
import fr.passeurs.scheduling.SchedulingService;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The planning of a manufacture for its artisans and managers: a week of the one calendar, one
 * block per thing planned (a half-day of a session, a class visit) with the room, machines and
 * artisan it holds inside, all of them or those of one room, machine or artisan; the reservation
 * that refused a booking highlighted; a click on a free time offers to plan something there.
 */
@Named
@RequestScoped
public class PlanningBean {

  /** The hours the week shows; a click outside them is not offered. */
  static final LocalTime FIRST_HOUR = LocalTime.of(8, 0);

  static final LocalTime LAST_HOUR = LocalTime.of(20, 0);

  @Inject private SchedulingService scheduling;
  @Inject private WorkshopService workshop;
  @Inject private AccountService accounts;
  @Inject private Caller caller;

  private LocalDate week;
  private String resource;
  private String highlight;
  private List<Block> blocks;
  private ScheduleModel model;

  /** The free time clicked, in Paris; null until a click. */
  private LocalDateTime slot;

  /**
   * What is planned at one time: the reservations of one holder (a session, a visit) that share
   * their time, one per room, machine and artisan.
   */
  public record Block(
      HolderType holderType,
      String holderId,
      String label,
      TimeRange time,
      List<ReservationView> parts) {

    public boolean holds(String reservationId) {
      return parts.stream().anyMatch(p -> p.id().equals(reservationId));
    }

    public boolean uses(String resourceId) {
      return parts.stream().anyMatch(p -> p.resourceId().equals(resourceId));
    }

    /** The labels of what it holds of one kind, in the order of the calendar. */
    public List<String> of(ResourceType type) {
      return parts.stream()
          .filter(p -> p.resourceType() == type)
          .map(ReservationView::resourceLabel)
          .toList();
    }

    public List<String> getRooms() {
      return of(ResourceType.ROOM);
    }

    public List<String> getMachines() {
      return of(ResourceType.MACHINE);
    }

    public List<String> getArtisans() {
      return of(ResourceType.ARTISAN);
    }

    public String getRoomsText() {
      return listed(getRooms());
    }

    public String getMachinesText() {
      return listed(getMachines());
    }

    public String getArtisansText() {
      return listed(getArtisans());
    }

    private static String listed(List<String> labels) {
      return labels.isEmpty() ? "—" : String.join(", ", labels);
    }

    /** The page of what is planned: the session's, or the visit's. */
    public String getOutcome() {
      return switch (holderType) {
        case SESSION -> "/training/session";
        case VISIT -> "/visits/booking";
        case MACHINE_BOOKING, OUTAGE -> null;
      };
    }
  }

  /** The Monday of the week shown. */
  public LocalDate getMonday() {
    LocalDate day = week == null ? LocalDate.now(ClockProducer.PARIS) : week;
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The week's blocks, by start, only those holding the chosen resource if one is chosen. */
  public List<Block> getBlocks() {
    if (blocks == null) {
      List<ReservationView> week = List.of();
      if (caller.manufactureId() != null) {
        LocalDate monday = getMonday();
        TimeRange window =
            new TimeRange(
                monday.atStartOfDay(ClockProducer.PARIS).toInstant(),
                monday.plusDays(7).atStartOfDay(ClockProducer.PARIS).toInstant());
        week = scheduling.ofManufacture(caller.manufactureId(), window);
      }
      blocks =
          blocksOf(week).stream()
              .filter(b -> resource == null || resource.isBlank() || b.uses(resource))
              .toList();
    }
    return blocks;
  }

  /** Gathers reservations into blocks: one per holder and time, in the order of the calendar. */
  static List<Block> blocksOf(List<ReservationView> reservations) {
    Map<String, List<ReservationView>> byHolderAndTime = new LinkedHashMap<>();
    for (ReservationView r : reservations) {
      String key =
          r.holderType() + "/" + r.holderId() + "/" + r.time().start() + "/" + r.time().end();
      byHolderAndTime.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    return byHolderAndTime.values().stream()
        .map(
            parts -> {
              ReservationView first = parts.get(0);
              List<ReservationView> ordered =
                  parts.stream()
                      .sorted(
                          java.util.Comparator.comparing(ReservationView::resourceType)
                              .thenComparing(ReservationView::resourceLabel))
                      .toList();
              return new Block(
                  first.holderType(), first.holderId(), first.label(), first.time(), ordered);
            })
        .sorted(java.util.Comparator.comparing((Block b) -> b.time().start()))
        .toList();
  }

  public ScheduleModel getModel() {
    if (model == null) {
      model = new DefaultScheduleModel();
      for (Block b : getBlocks()) {
        boolean conflict = highlight != null && b.holds(highlight);
        model.addEvent(
            DefaultScheduleEvent.builder()
                .id(b.holderType() + "-" + b.holderId() + "-" + b.time().start().getEpochSecond())
                .title(title(b))
                .description(title(b))
                .startDate(b.time().start().atZone(ClockProducer.PARIS).toLocalDateTime())
                .endDate(b.time().end().atZone(ClockProducer.PARIS).toLocalDateTime())
                .styleClass(
                    "booking booking-"
                        + b.holderType().name().toLowerCase(Locale.ROOT)
                        + (conflict ? " booking-conflict" : ""))
                .editable(false)
                .build());
      }
    }
    return model;
  }

  /** What a block says inside: what is planned, then its room, machines and artisan. */
  private static String title(Block b) {
    List<String> lines = new ArrayList<>();
    lines.add(b.label());
    lines.addAll(b.getRooms());
    lines.addAll(b.getMachines());
    lines.addAll(b.getArtisans());
    return String.join(" · ", lines);
  }

  /** The reservation that is in the way, when the page was opened to show it. */
  public ReservationView getConflict() {
    return highlight == null
        ? null
        : getBlocks().stream()
            .flatMap(b -> b.parts().stream())
            .filter(r -> r.id().equals(highlight))
            .findFirst()
            .orElse(null);
  }

  /** A click on a time of the week: remembered, to offer what can be planned there. */
  public void slotChosen(SelectEvent<LocalDateTime> event) {
    LocalDateTime chosen = event.getObject();
    if (chosen == null
        || chosen.toLocalTime().isBefore(FIRST_HOUR)
        || !chosen.toLocalTime().isBefore(LAST_HOUR)) {
      slot = null;
      return;
    }
    slot = chosen;
  }

  public LocalDateTime getSlot() {
    return slot;
  }

  public String getSlotDay() {
    return slot == null ? null : slot.toLocalDate().toString();
  }

  public String getSlotTime() {
    return slot == null ? null : slot.toLocalTime().toString();
  }

  /** The room the page is filtered on, to plan in it; null when the filter is not a room. */
  public String getSlotRoom() {
    return getRooms().stream()
        .map(RoomSummary::id)
        .filter(id -> id.equals(resource))
        .findFirst()
        .orElse(null);
  }

  /** Artisans plan their sessions; managers offer visits for their artisans, as artisans do. */
  public boolean isArtisan() {
    return caller.has(Role.ARTISAN);
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

  public List<AccountSummary> getArtisans() {
    return accounts.artisansOf(caller.manufactureId()).stream()
        .filter(AccountSummary::isActive)
        .collect(Collectors.toList());
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
