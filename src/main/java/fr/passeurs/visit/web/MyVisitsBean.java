package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.visit.School;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.visit.VisitReader;
import fr.passeurs.visit.VisitReader.BookingListing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A teacher's class visits, soonest first, and the schools they registered. */
@Named
@RequestScoped
public class MyVisitsBean {

  @Inject private VisitBookingService bookings;
  @Inject private VisitReader reader;
  @Inject private Caller caller;

  private List<BookingListing> visits;
  private List<School> schools;

  /** The visits the teacher booked. */
  public List<BookingListing> getVisits() {
    if (visits == null) {
      visits =
          reader
              .listings(
                  caller,
                  bookings.mine(caller, null, PageRequest.first(PageRequest.MAX_SIZE)).items())
              .stream()
              .filter(l -> caller.is(l.booking().teacherId()))
              .toList();
    }
    return visits;
  }

  public List<School> getSchools() {
    if (schools == null) {
      schools = bookings.schoolsOf(caller.accountId());
    }
    return schools;
  }

  public boolean isTeacher() {
    return caller.has(Role.TEACHER);
  }
}
