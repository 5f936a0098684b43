package fr.passeurs.visit;

import fr.passeurs.platform.work.DueWork;
import fr.passeurs.platform.work.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Expires the class visit requests nobody answered in time. Each booking is locked and checked
 * again before it is touched.
 */
@ApplicationScoped
public class UnansweredRequests implements PeriodicWork {

  private static final Logger LOG = Logger.getLogger(UnansweredRequests.class.getName());

  @Inject private VisitBookingService bookings;

  @Override
  public String name() {
    return "visit-request-expiry";
  }

  /** Expires every request due, each in a transaction of its own; returns how many expired. */
  @Override
  public int run() {
    return DueWork.each(LOG, "the visit request", bookings::dueForExpiry, bookings::expire);
  }
}
