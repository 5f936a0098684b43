package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.visit.VisitAction;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.ActionRequest;
import fr.passeurs.visit.api.VisitViews.BookingView;
import fr.passeurs.visit.api.VisitViews.StepView;
import fr.passeurs.visit.api.VisitViews.TimeView;
import fr.passeurs.visit.api.VisitViews.VisitPerson;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One class visit, for its teacher, its host artisan and the manufacture's managers: what was
 * asked, where it stands, its whole history, and the buttons of what the reader may do now. It
 * reads the API's {@link BookingView} and acts as the API does, with an {@link ActionRequest}.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitReads visits;
  @Inject private VisitText text;
  @Inject private Clock clock;
  @Inject private Instance<Caller> caller;

  private String id;
  private transient BookingView booking;

  private Integer choice;
  private String declineReason;
  private String cancelReason;
  private Integer presentPupils;
  private Integer presentAdults;

  /** The reservation in the way of the last confirmation, and its week, for the planning link. */
  private String conflictReservation;

  private String conflictWeek;

  /**
   * One line of the history: when, who acted (null when the platform did), the action and the
   * statuses by their names, and its note in the page's language.
   */
  public record Step(
      Instant at, VisitPerson actor, String action, String from, String to, String note) {

    static Step of(StepView step) {
      String action =
          Arrays.stream(VisitAction.values())
              .filter(a -> a.apiName().equals(step.action()))
              .map(Enum::name)
              .findFirst()
              .orElse(step.action());
      return new Step(
          step.at(),
          step.actor(),
          action,
          step.from(),
          step.to(),
          step.note() == null ? "" : step.note());
    }
  }

  /** Loads the booking; 404 if there is none, 403 if the reader takes no part in it. */
  public void load() throws IOException {
    int refused = 0;
    try {
      booking = visits.booking(caller.get(), id, Feedback.locale());
    } catch (DomainException e) {
      refused = e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404;
    }
    if (refused != 0) {
      PageAccess.endWith(refused);
      return;
    }
    if (choice == null) {
      choice = firstFutureChoice();
    }
    if (presentPupils == null) {
      presentPupils = booking.pupils();
      presentAdults = booking.adults();
    }
  }

  public BookingView getBooking() {
    if (booking == null && id != null) {
      try {
        booking = visits.booking(caller.get(), id, Feedback.locale());
      } catch (DomainException e) {
        booking = null;
      }
    }
    return booking;
  }

  private void act(VisitAction action, ActionRequest request) {
    visits.act(caller.get(), id, action, request, Feedback.locale());
  }

  public String confirm() {
    try {
      act(VisitAction.CONFIRM, new ActionRequest(choice == null ? 0 : choice, null, null, null));
      Feedback.info("booking.confirmed");
      return reload();
    } catch (DomainException e) {
      Object conflict = e.extensions().get("conflict");
      if (conflict instanceof Map<?, ?> details) {
        conflictReservation = String.valueOf(details.get("reservationId"));
        conflictWeek =
            Instant.parse(String.valueOf(details.get("start")))
                .atZone(ClockProducer.PARIS)
                .toLocalDate()
                .toString();
      }
      return refused(e, null);
    }
  }

  public String decline() {
    try {
      act(VisitAction.DECLINE, new ActionRequest(null, declineReason, null, null));
      Feedback.info("booking.declined");
      return reload();
    } catch (DomainException e) {
      return refused(e, "decline:declineReason");
    }
  }

  public String cancel() {
    try {
      act(VisitAction.CANCEL, new ActionRequest(null, cancelReason, null, null));
      Feedback.info("booking.cancelled");
      return reload();
    } catch (DomainException e) {
      return refused(e, "cancel:cancelReason");
    }
  }

  public String markDone() {
    try {
      act(VisitAction.MARK_DONE, new ActionRequest(null, null, presentPupils, presentAdults));
      Feedback.info("booking.done");
      return reload();
    } catch (DomainException e) {
      return refused(e, null);
    }
  }

  public String confirmAttendance() {
    try {
      act(VisitAction.CONFIRM_ATTENDANCE, null);
      Feedback.info("booking.attendanceConfirmed");
      return reload();
    } catch (DomainException e) {
      return refused(e, null);
    }
  }

  private String reload() {
    return "/visits/booking?faces-redirect=true&id=" + id;
  }

  /** Shows why the action was refused, on the page as it now is; stays on it. */
  private String refused(DomainException e, String reasonInput) {
    booking = null;
    Map<String, String> inputs = new java.util.HashMap<>();
    inputs.put("choice", "confirm:choice");
    inputs.put("presentPupils", "done:presentPupils");
    inputs.put("presentAdults", "done:presentAdults");
    if (reasonInput != null) {
      inputs.put("reason", reasonInput);
    }
    Refusals.show(e, inputs);
    return null;
  }

  /** The wished times to choose from; those already past cannot be chosen. */
  public List<SelectItem> getChoices() {
    List<SelectItem> items = new ArrayList<>();
    List<TimeView> wished = getBooking().wishedTimes();
    Instant now = clock.instant();
    for (int i = 0; i < wished.size(); i++) {
      TimeView time = wished.get(i);
      items.add(new SelectItem(i, text.time(time), null, !time.start().isAfter(now)));
    }
    return items;
  }

  private Integer firstFutureChoice() {
    List<TimeView> wished = booking.wishedTimes();
    Instant now = clock.instant();
    for (int i = 0; i < wished.size(); i++) {
      if (wished.get(i).start().isAfter(now)) {
        return i;
      }
    }
    return 0;
  }

  /** The history, oldest first, with who acted. */
  public List<Step> getHistory() {
    return getBooking().history().stream().map(Step::of).toList();
  }

  public boolean may(String action) {
    return getBooking() != null
        && getBooking().allowedActions().contains(VisitAction.valueOf(action).apiName());
  }

  public boolean isMayAct() {
    return getBooking() != null && !getBooking().allowedActions().isEmpty();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getChoice() {
    return choice;
  }

  public void setChoice(Integer choice) {
    this.choice = choice;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public Integer getPresentPupils() {
    return presentPupils;
  }

  public void setPresentPupils(Integer presentPupils) {
    this.presentPupils = presentPupils;
  }

  public Integer getPresentAdults() {
    return presentAdults;
  }

  public void setPresentAdults(Integer presentAdults) {
    this.presentAdults = presentAdults;
  }

  public String getConflictReservation() {
    return conflictReservation;
  }

  public String getConflictWeek() {
    return conflictWeek;
  }
}
