package fr.passeurs.machinepark.web;

import fr.passeurs.machinepark.api.MachineParkReads;
import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationView;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** "My machine bookings": the bookings not yet ended, to cancel, and one's authorisations. */
@Named
@RequestScoped
public class MyMachineBookingsBean {

  @Inject private MachineParkReads park;
  @Inject private Caller caller;
  @Inject private Clock clock;

  private List<MachineBookingView> bookings;
  private List<AuthorisationView> authorisations;

  public List<MachineBookingView> getBookings() {
    if (bookings == null) {
      bookings = park.myBookings(caller);
    }
    return bookings;
  }

  public List<AuthorisationView> getAuthorisations() {
    if (authorisations == null) {
      authorisations = park.myAuthorisations(caller);
    }
    return authorisations;
  }

  /** Whether its holder may still cancel it: booked, not yet started. */
  public boolean cancellable(MachineBookingView booking) {
    return "BOOKED".equals(booking.status()) && clock.instant().isBefore(booking.start());
  }

  /** Whether cancelling it now would still count it as used. */
  public boolean late(MachineBookingView booking) {
    return clock.instant().isAfter(booking.freeCancelUntil());
  }

  public String cancel(String id) {
    try {
      MachineBookingView cancelled = park.cancel(caller, id);
      Feedback.info(
          cancelled.cancelledLate() ? "myMachines.cancelledLate" : "myMachines.cancelled",
          cancelled.machine(),
          cancelled.start());
      return "/me/machine-bookings?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }
}
