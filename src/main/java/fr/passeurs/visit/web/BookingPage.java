package fr.passeurs.visit.web;

import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.visit.VisitAction;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.visit.VisitReader;
import fr.passeurs.visit.VisitReader.BookingListing;
import fr.passeurs.visit.VisitStep;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One class visit, for its teacher, its host artisan and the manufacture's managers: what was
 * asked, where it stands, its whole history, and the buttons of what the reader may do now.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitBookingService bookings;
  @Inject private VisitReader reader;
  @Inject private VisitText text;
  @Inject private Clock clock;
  @Inject private Instance<Caller> caller;

  private String id;
  private transient BookingListing listing;

  private Integer choice;
  private String declineReason;
  private String cancelReason;
  private Integer presentPupils;
  private Integer presentAdults;

  /** The reservation in the way of the last confirmation, and its week, for the planning link. */
  private String conflictReservation;

  private String conflictWeek;

  /** One line of the history, with who acted (null when the platform did). */
  public record Step(VisitStep step, AccountSummary actor) {}

  /** What a step of the history says, in the page's language. */
  public String noteOf(VisitStep step) {
    Message note = getListing() == null ? null : getListing().booking().noteOf(step);
    return note == null ? "" : note.in(Feedback.locale());
  }

  /** Loads the booking; 404 if there is none, 403 if the reader takes no part in it. */
  public void load() throws IOException {
    int refused = 0;
    try {
      listing = reader.listing(caller.get(), bookings.get(caller.get(), id));
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
      presentPupils = listing.booking().pupils();
      presentAdults = listing.booking().adults();
    }
  }

  public BookingListing getListing() {
    if (listing == null && id != null) {
      try {
        listing = reader.listing(caller.get(), bookings.get(caller.get(), id));
      } catch (DomainException e) {
        listing = null;
      }
    }
    return listing;
  }

  public String confirm() {
    try {
      bookings.confirm(caller.get(), id, choice == null ? 0 : choice);
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
      bookings.decline(caller.get(), id, declineReason);
      Feedback.info("booking.declined");
      return reload();
    } catch (DomainException e) {
      return refused(e, "decline:declineReason");
    }
  }

  public String cancel() {
    try {
      bookings.cancel(caller.get(), id, cancelReason);
      Feedback.info("booking.cancelled");
      return reload();
    } catch (DomainException e) {
      return refused(e, "cancel:cancelReason");
    }
  }

  public String markDone() {
    try {
      bookings.markDone(caller.get(), id, presentPupils, presentAdults);
      Feedback.info("booking.done");
      return reload();
    } catch (DomainException e) {
      return refused(e, null);
    }
  }

  public String confirmAttendance() {
    try {
      bookings.confirmAttendance(caller.get(), id);
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
    listing = null;
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
    List<TimeRange> wished = getListing().booking().wishedTimes();
    Instant now = clock.instant();
    for (int i = 0; i < wished.size(); i++) {
      TimeRange time = wished.get(i);
      items.add(new SelectItem(i, text.time(time), null, !time.start().isAfter(now)));
    }
    return items;
  }

  private Integer firstFutureChoice() {
    List<TimeRange> wished = listing.booking().wishedTimes();
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
    return getListing().booking().history().stream()
        .sorted(Comparator.comparing(VisitStep::at))
        .map(s -> new Step(s, getListing().person(s.actorId())))
        .toList();
  }

  public boolean may(String action) {
    return getListing() != null
        && getListing().allowedActions().contains(VisitAction.valueOf(action));
  }

  public boolean isMayAct() {
    return getListing() != null && !getListing().allowedActions().isEmpty();
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
