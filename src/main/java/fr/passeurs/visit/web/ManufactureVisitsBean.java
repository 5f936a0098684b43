package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Paging;
import fr.passeurs.visit.VisitBooking;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.visit.VisitReader;
import fr.passeurs.visit.VisitReader.BookingListing;
import fr.passeurs.visit.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A manager's view of every class visit of their manufacture, by status, soonest first. */
@Named
@RequestScoped
public class ManufactureVisitsBean {

  private static final int SIZE = 25;

  @Inject private VisitBookingService bookings;
  @Inject private VisitReader reader;
  @Inject private Caller caller;

  private VisitStatus status;
  private int page;
  private Page<BookingListing> results;

  public String show() {
    return "/manager/visits?faces-redirect=true&includeViewParams=true";
  }

  public Page<BookingListing> getResults() {
    if (results == null) {
      if (isWithoutManufacture()) {
        results = new Page<>(java.util.List.of(), 0, 0, SIZE);
      } else {
        Paging.Shown<VisitBooking> shown =
            Paging.within(
                page,
                SIZE,
                p ->
                    bookings.ofManufacture(
                        caller, caller.manufactureId(), status, new PageRequest(p, SIZE)));
        page = shown.page();
        Page<VisitBooking> found = shown.results();
        results =
            new Page<>(
                reader.listings(caller, found.items()), found.total(), found.page(), found.size());
      }
    }
    return results;
  }

  public boolean isWithoutManufacture() {
    return caller.manufactureId() == null;
  }

  public VisitStatus[] getStatuses() {
    return VisitStatus.values();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * SIZE < getResults().total();
  }

  public VisitStatus getStatus() {
    return status;
  }

  public void setStatus(VisitStatus status) {
    this.status = status;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
