package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.Paging;
import fr.passeurs.visit.VisitStatus;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.BookingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A manager's view of every class visit of their manufacture, by status, soonest first. */
@Named
@RequestScoped
public class ManufactureVisitsBean {

  private static final int SIZE = 25;

  @Inject private VisitReads visits;
  @Inject private Caller caller;

  private VisitStatus status;
  private int page;
  private Page<BookingView> results;

  public String show() {
    return "/manager/visits?faces-redirect=true&includeViewParams=true";
  }

  public Page<BookingView> getResults() {
    if (results == null) {
      if (isWithoutManufacture()) {
        results = new Page<>(java.util.List.of(), 0, 0, SIZE);
      } else {
        Paging.Shown<BookingView> shown =
            Paging.within(
                page,
                SIZE,
                p ->
                    visits.ofManufacture(
                        caller,
                        caller.manufactureId(),
                        status,
                        new PageRequest(p, SIZE),
                        Feedback.locale()));
        page = shown.page();
        results = shown.results();
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
