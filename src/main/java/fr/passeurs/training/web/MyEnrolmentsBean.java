package fr.passeurs.training.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.TrainingSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An apprentice's page: their enrolments, confirmed or waiting, and how to give a seat up. */
@Named
@RequestScoped
public class MyEnrolmentsBean {

  @Inject private EnrolmentService enrolments;
  @Inject private SessionService sessions;
  @Inject private Caller caller;

  /** One line: the enrolment, where it stands, and its session. */
  public record Line(EnrolmentService.Standing standing, TrainingSession session) {
    public boolean isCancellable() {
      return standing.enrolment().isActive() && !session.isCancelled();
    }
  }

  private List<Line> lines;

  public List<Line> getLines() {
    if (lines == null) {
      lines =
          enrolments.mine(caller).stream()
              .map(s -> new Line(s, sessions.get(s.enrolment().sessionId())))
              .toList();
    }
    return lines;
  }

  public String cancel(String enrolmentId) {
    try {
      enrolments.cancel(caller, enrolmentId);
      Feedback.info("enrolments.cancelled");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/me/enrolments?faces-redirect=true";
  }
}
