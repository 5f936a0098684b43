package fr.passeurs.training;

import fr.passeurs.platform.work.DueWork;
import fr.passeurs.platform.work.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Closes the enrolment of sessions whose deadline has passed; a session under its minimum of
 * participants is cancelled and everyone is told. Each session is locked and checked again before
 * it is touched.
 */
@ApplicationScoped
public class EnrolmentDeadlines implements PeriodicWork {

  private static final Logger LOG = Logger.getLogger(EnrolmentDeadlines.class.getName());

  @Inject private SessionService sessions;

  @Override
  public String name() {
    return "enrolment-deadlines";
  }

  /**
   * Closes the enrolment of every session due, each in a transaction of its own: one that fails is
   * logged and tried again at the next run, the others are done. Returns how many were cancelled.
   */
  @Override
  public int run() {
    int cancelled =
        DueWork.each(LOG, "the session", sessions::dueForClosing, sessions::closeEnrolment);
    if (cancelled > 0) {
      LOG.info(
          () -> cancelled + " session(s) cancelled for want of participants at their deadline.");
    }
    return cancelled;
  }
}
