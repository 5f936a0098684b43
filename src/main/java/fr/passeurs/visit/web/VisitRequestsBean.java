package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.visit.VisitAction;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.ActionRequest;
import fr.passeurs.visit.api.VisitViews.BookingView;
import fr.passeurs.visit.api.VisitViews.TimeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The artisan's inbox of class visits they host: the requests to answer first (confirm the first
 * wished time still to come, or decline with a reason), then the visits confirmed and past.
 */
@Named
@RequestScoped
public class VisitRequestsBean {

  @Inject private VisitReads visits;
  @Inject private Caller caller;
  @Inject private Clock clock;

  private List<BookingView> hosted;
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> refusals = new HashMap<>();

  private List<BookingView> getHosted() {
    if (hosted == null) {
      hosted =
          visits
              .mine(caller, null, PageRequest.first(PageRequest.MAX_SIZE), Feedback.locale())
              .items()
              .stream()
              .filter(b -> b.artisan() != null && caller.is(b.artisan().id()))
              .toList();
    }
    return hosted;
  }

  /** The requests waiting for an answer, soonest first. */
  public List<BookingView> getPending() {
    return getHosted().stream().filter(b -> "REQUESTED".equals(b.status())).toList();
  }

  /** The other visits: confirmed ones to come first, then the rest, latest first. */
  public List<BookingView> getOthers() {
    Instant now = clock.instant();
    List<BookingView> coming = new ArrayList<>();
    List<BookingView> past = new ArrayList<>();
    for (BookingView b : getHosted()) {
      if ("REQUESTED".equals(b.status())) {
        continue;
      }
      if ("CONFIRMED".equals(b.status()) && when(b).end().isAfter(now)) {
        coming.add(b);
      } else {
        past.add(0, b);
      }
    }
    coming.addAll(past);
    return coming;
  }

  /** The first wished time still to come, the one a quick confirmation takes; null if none. */
  public TimeView firstChoice(BookingView booking) {
    int index = firstChoiceIndex(booking);
    return index < 0 ? null : booking.wishedTimes().get(index);
  }

  /** Its confirmed time, else the first of the times wished. */
  private static TimeView when(BookingView booking) {
    return booking.confirmedTime() != null
        ? booking.confirmedTime()
        : booking.wishedTimes().stream().min(Comparator.comparing(TimeView::start)).orElseThrow();
  }

  private int firstChoiceIndex(BookingView booking) {
    List<TimeView> wished = booking.wishedTimes();
    Instant now = clock.instant();
    for (int i = 0; i < wished.size(); i++) {
      if (wished.get(i).start().isAfter(now)) {
        return i;
      }
    }
    return -1;
  }

  public String confirm(String bookingId) {
    try {
      int choice = firstChoiceIndex(visits.booking(caller, bookingId, Feedback.locale()));
      visits.act(
          caller,
          bookingId,
          VisitAction.CONFIRM,
          new ActionRequest(Math.max(choice, 0), null, null, null),
          Feedback.locale());
      Feedback.info("booking.confirmed");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/visit-requests?faces-redirect=true";
  }

  /**
   * Declines one request of the list with the reason typed in its card. Refused, the page stays as
   * it is, the reasons typed kept, and says why beside the reason of that card.
   */
  public String decline(String bookingId) {
    try {
      visits.act(
          caller,
          bookingId,
          VisitAction.DECLINE,
          new ActionRequest(null, reasons.get(bookingId), null, null),
          Feedback.locale());
      Feedback.info("booking.declined");
      return "/artisan/visit-requests?faces-redirect=true";
    } catch (DomainException e) {
      FacesContext.getCurrentInstance().validationFailed();
      e.errors().stream()
          .filter(error -> error.field().equals("reason"))
          .findFirst()
          .ifPresentOrElse(
              error -> {
                refusals.put(bookingId, error.message(Feedback.locale()));
                Refusals.top(Feedback.text("visit.fixFields"));
              },
              () -> Feedback.refusal(e));
      return null;
    }
  }

  /** Why declining this request was just refused, to show in its card; null if it was not. */
  public String refusalOf(String bookingId) {
    return refusals.get(bookingId);
  }

  /** The reason typed for declining each request, by booking. */
  public Map<String, String> getReasons() {
    return reasons;
  }
}
