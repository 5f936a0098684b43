package fr.passeurs.training.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.api.TrainingViews.EnrolmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A person's enrolments as the API and the pages both read them, each with its session. */
@ApplicationScoped
public class EnrolmentReads {

  @Inject private EnrolmentService enrolments;
  @Inject private SessionService sessions;

  /** The caller's enrolments, soonest first, with their places on the waiting lists. */
  public List<EnrolmentView> mine(Caller caller) {
    return enrolments.mine(caller).stream().map(this::view).toList();
  }

  /** Gives the caller's place up: the first who waits gets it. */
  public EnrolmentView cancel(Caller caller, String enrolmentId) {
    return view(enrolments.cancel(caller, enrolmentId));
  }

  private EnrolmentView view(EnrolmentService.Standing standing) {
    return EnrolmentView.of(standing, sessions.get(standing.enrolment().sessionId()));
  }
}
