package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.visit.VisitBooking;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.visit.VisitReader;
import fr.passeurs.visit.VisitReader.BookingListing;
import fr.passeurs.visit.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

  @Inject private VisitBookingService bookings;
  @Inject private VisitReader reader;
  @Inject private Caller caller;
  @Inject private Clock clock;

  private List<BookingListing> hosted;
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> refusals = new HashMap<>();

  private List<BookingListing> getHosted() {
    if (hosted == null) {
      hosted =
          reader
              .listings(
                  caller,
                  bookings.mine(caller, null, PageRequest.first(PageRequest.MAX_SIZE)).items())
              .stream()
              .filter(l -> caller.is(l.booking().artisanId()))
              .toList();
    }
    return hosted;
  }

  /** The requests waiting for an answer, soonest first. */
  public List<BookingListing> getPending() {
    return getHosted().stream().filter(l -> l.booking().status() == VisitStatus.REQUESTED).toList();
  }

  /** The other visits: confirmed ones to come first, then the rest, latest first. */
  public List<BookingListing> getOthers() {
    Instant now = clock.instant();
    List<BookingListing> coming = new ArrayList<>();
    List<BookingListing> past = new ArrayList<>();
    for (BookingListing l : getHosted()) {
      VisitBooking b = l.booking();
      if (b.status() == VisitStatus.REQUESTED) {
        continue;
      }
      if (b.status() == VisitStatus.CONFIRMED && b.when().end().isAfter(now)) {
        coming.add(l);
      } else {
        past.add(0, l);
      }
    }
    coming.addAll(past);
    return coming;
  }

  /** The first wished time still to come, the one a quick confirmation takes; null if none. */
  public TimeRange firstChoice(VisitBooking booking) {
    int index = firstChoiceIndex(booking);
    return index < 0 ? null : booking.wishedTimes().get(index);
  }

  private int firstChoiceIndex(VisitBooking booking) {
    List<TimeRange> wished = booking.wishedTimes();
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
      VisitBooking booking = bookings.get(caller, bookingId);
      int choice = firstChoiceIndex(booking);
      bookings.confirm(caller, bookingId, Math.max(choice, 0));
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
      bookings.decline(caller, bookingId, reasons.get(bookingId));
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
