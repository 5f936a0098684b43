package fr.passeurs.training.web;

import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.Paging;
import fr.passeurs.search.SearchQuery;
import fr.passeurs.training.SessionQuery;
import fr.passeurs.training.api.TrainingReads;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The public list of coming training sessions, by date and manufacture. */
@Named
@RequestScoped
public class SessionsBean {

  private static final int SIZE = 20;

  @Inject private TrainingReads trainings;
  @Inject private ManufactureService manufactures;

  @Size(max = SearchQuery.MAX_LENGTH)
  private String q;

  private LocalDate from;
  private LocalDate to;
  private String manufacture;
  private int page;
  private Page<SessionView> results;

  public String search() {
    return "/training/sessions?faces-redirect=true&includeViewParams=true";
  }

  public Page<SessionView> getResults() {
    if (results == null) {
      LocalDate start = from == null ? LocalDate.now(ClockProducer.PARIS) : from;
      SessionQuery query =
          new SessionQuery(
              start.atStartOfDay(ClockProducer.PARIS).toInstant(),
              to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.PARIS).toInstant(),
              null,
              manufacture == null || manufacture.isBlank() ? null : manufacture,
              null,
              null,
              50,
              q);
      Paging.Shown<SessionView> shown =
          Paging.within(
              page,
              SIZE,
              p -> trainings.sessions(query, new PageRequest(p, SIZE), Feedback.locale()));
      page = shown.page();
      results = shown.results();
    }
    return results;
  }

  public List<ManufactureSummary> getManufactures() {
    return manufactures.all();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * SIZE < getResults().total();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getManufacture() {
    return manufacture;
  }

  public void setManufacture(String manufacture) {
    this.manufacture = manufacture;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
