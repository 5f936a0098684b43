package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.BookingView;
import fr.passeurs.visit.api.VisitViews.SchoolView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A teacher's class visits, soonest first, and the schools they registered. */
@Named
@RequestScoped
public class MyVisitsBean {

  @Inject private VisitReads visits;
  @Inject private Caller caller;

  private List<BookingView> booked;
  private List<SchoolView> schools;

  /** The visits the teacher booked. */
  public List<BookingView> getVisits() {
    if (booked == null) {
      booked =
          visits
              .mine(caller, null, PageRequest.first(PageRequest.MAX_SIZE), Feedback.locale())
              .items()
              .stream()
              .filter(b -> b.teacher() != null && caller.is(b.teacher().id()))
              .toList();
    }
    return booked;
  }

  public List<SchoolView> getSchools() {
    if (schools == null) {
      schools = visits.schools(caller);
    }
    return schools;
  }

  public boolean isTeacher() {
    return caller.has(Role.TEACHER);
  }
}
