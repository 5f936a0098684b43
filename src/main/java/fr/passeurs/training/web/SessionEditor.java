package fr.passeurs.training.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.training.api.SessionRequest;
import fr.passeurs.training.api.TrainingReads;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.training.api.TrainingViews.TrainingView;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The artisan's session editor: a room, machines, one or two half-days, seats and a deadline, sent
 * as the API's {@link SessionRequest}. A refusal from the one calendar names what is in the way and
 * links to it on the planning.
 */
@Named
@ViewScoped
public class SessionEditor implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingReads trainings;
  @Inject private WorkshopService workshop;
  @Inject private Instance<Caller> caller;

  private String trainingId;
  private String trainingTitle;
  private String manufactureId;

  private String roomId;
  private List<String> machineIds = new ArrayList<>();

  @NotNull private LocalDate day;
  @NotNull private LocalTime start = LocalTime.of(9, 0);
  @NotNull private LocalTime end = LocalTime.of(12, 30);
  private LocalDate secondDay;
  private LocalTime secondStart = LocalTime.of(14, 0);
  private LocalTime secondEnd = LocalTime.of(17, 30);

  @LimitsOf(SessionRequest.class)
  private Integer seats;

  @NotNull private LocalDate deadline;

  /** The conflict of the last refusal: its reservation and week, for the planning link. */
  private String conflictReservation;

  private String conflictWeek;

  private boolean loaded;

  /** The artisan's trainings, read when the page was opened without one. */
  private List<Choice> mine;

  /** A training to choose: what the editor needs of it. */
  public record Choice(String id, String title, String manufactureId, int maxParticipants)
      implements java.io.Serializable {
    static Choice of(TrainingView t) {
      return new Choice(t.id(), t.title(), t.manufactureId(), t.maxParticipants());
    }
  }

  /** The last time a half-day may end. */
  private static final LocalTime LAST = LocalTime.of(20, 0);

  /**
   * Loads the training; only its artisan may plan it. Opened from a free time of the planning,
   * without a training, the artisan chooses one of theirs.
   */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    if (trainingId == null || trainingId.isBlank()) {
      trainingId = null;
      manufactureId = caller.get().manufactureId();
      if (manufactureId == null || getMine().isEmpty()) {
        return; // the page says there is no training to plan yet
      }
      if (getMine().size() == 1) {
        trainingChosen(getMine().get(0));
      }
      return;
    }
    TrainingView training;
    try {
      training = trainings.training(trainingId);
    } catch (DomainException e) {
      training = null;
    }
    if (training == null || !caller.get().is(training.artisanId())) {
      PageAccess.endWith(404);
      return;
    }
    trainingChosen(Choice.of(training));
  }

  private void trainingChosen(Choice training) {
    trainingId = training.id();
    trainingTitle = training.title();
    manufactureId = training.manufactureId();
    if (seats == null) {
      seats = training.maxParticipants();
      // a room given by the planning may hold fewer people than the training takes
      getRooms().stream()
          .filter(r -> r.id().equals(roomId))
          .findFirst()
          .ifPresent(r -> seats = Math.min(seats, r.capacity()));
    }
  }

  /** The artisan's own trainings, to choose from when none was given. */
  public List<Choice> getMine() {
    if (mine == null) {
      mine =
          trainings
              .trainings(
                  null,
                  caller.get().manufactureId(),
                  caller.get().accountId(),
                  PageRequest.first(PageRequest.MAX_SIZE))
              .items()
              .stream()
              .map(Choice::of)
              .toList();
    }
    return mine;
  }

  /** The training chosen in the list: its places become the default. */
  public void trainingPicked() {
    getMine().stream()
        .filter(t -> t.id().equals(trainingId))
        .findFirst()
        .ifPresent(
            t -> {
              seats = null;
              trainingChosen(t);
            });
  }

  /** True when the page was opened without a training: it offers the artisan's to choose. */
  public boolean isChoosing() {
    return mine != null;
  }

  /** The first half-day's start, from the planning: the half-day lasts 3 h 30 or until 20:00. */
  public void setStartAt(LocalTime at) {
    if (at == null) {
      return;
    }
    start = at;
    LocalTime until = at.plusMinutes(210);
    end = until.isBefore(at) || until.isAfter(LAST) ? LAST : until;
  }

  public LocalTime getStartAt() {
    return null;
  }

  /** The first day, from the planning: enrolments close two days before, at 18:00. */
  public void setDayAt(LocalDate at) {
    if (at == null) {
      return;
    }
    day = at;
    if (deadline == null) {
      deadline = at.minusDays(2);
    }
  }

  public LocalDate getDayAt() {
    return null;
  }

  public String schedule() {
    List<SessionRequest.SlotRequest> slots = new ArrayList<>();
    slots.add(slotOf(day, start, end));
    if (secondDay != null) {
      slots.add(slotOf(secondDay, secondStart, secondEnd));
    }
    try {
      SessionView session =
          trainings.schedule(
              caller.get(),
              trainingId,
              new SessionRequest(
                  roomId,
                  machineIds,
                  slots,
                  seats,
                  deadline.atTime(18, 0).atZone(ClockProducer.PARIS).toInstant()),
              Feedback.locale());
      Feedback.info("editor.sessionScheduled", session.title());
      return "/artisan/planning?faces-redirect=true&week=" + day;
    } catch (DomainException e) {
      Object conflict = e.extensions().get("conflict");
      if (conflict instanceof Map<?, ?> details) {
        conflictReservation = String.valueOf(details.get("reservationId"));
        conflictWeek =
            java.time.Instant.parse(String.valueOf(details.get("start")))
                .atZone(ClockProducer.PARIS)
                .toLocalDate()
                .toString();
      }
      Feedback.refusal(e);
      return null;
    }
  }

  /** A half-day in Paris time; one that ends before it starts is refused by the request. */
  private static SessionRequest.SlotRequest slotOf(LocalDate day, LocalTime from, LocalTime to) {
    return new SessionRequest.SlotRequest(
        day.atTime(from).atZone(ClockProducer.PARIS).toInstant(),
        day.atTime(to).atZone(ClockProducer.PARIS).toInstant());
  }

  public List<RoomSummary> getRooms() {
    return workshop.roomSummaries(manufactureId);
  }

  public List<MachineSummary> getMachines() {
    return workshop.machineSummariesOf(manufactureId);
  }

  /** Quarter hours from 08:00 to 20:00, the choices of start and end. */
  public List<LocalTime> getTimes() {
    List<LocalTime> times = new ArrayList<>();
    for (LocalTime t = LocalTime.of(8, 0); !t.isAfter(LocalTime.of(20, 0)); t = t.plusMinutes(15)) {
      times.add(t);
    }
    return times;
  }

  public String getTrainingTitle() {
    return trainingTitle;
  }

  public String getTrainingId() {
    return trainingId;
  }

  public void setTrainingId(String trainingId) {
    this.trainingId = trainingId;
  }

  public String getRoomId() {
    return roomId;
  }

  public void setRoomId(String roomId) {
    this.roomId = roomId;
  }

  public List<String> getMachineIds() {
    return machineIds;
  }

  public void setMachineIds(List<String> machineIds) {
    this.machineIds = machineIds;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public LocalDate getSecondDay() {
    return secondDay;
  }

  public void setSecondDay(LocalDate secondDay) {
    this.secondDay = secondDay;
  }

  public LocalTime getSecondStart() {
    return secondStart;
  }

  public void setSecondStart(LocalTime secondStart) {
    this.secondStart = secondStart;
  }

  public LocalTime getSecondEnd() {
    return secondEnd;
  }

  public void setSecondEnd(LocalTime secondEnd) {
    this.secondEnd = secondEnd;
  }

  public Integer getSeats() {
    return seats;
  }

  public void setSeats(Integer seats) {
    this.seats = seats;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getConflictReservation() {
    return conflictReservation;
  }

  public String getConflictWeek() {
    return conflictWeek;
  }
}
