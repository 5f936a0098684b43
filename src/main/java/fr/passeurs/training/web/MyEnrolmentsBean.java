package fr.passeurs.training.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.EnrolmentStatus;
import fr.passeurs.training.SessionStatus;
import fr.passeurs.training.api.EnrolmentReads;
import fr.passeurs.training.api.TrainingViews.EnrolmentView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An apprentice's page: their enrolments, confirmed or waiting, and how to give a seat up. */
@Named
@RequestScoped
public class MyEnrolmentsBean {

  @Inject private EnrolmentReads enrolments;
  @Inject private Caller caller;

  private List<EnrolmentView> lines;

  /** The caller's enrolments, each with its session, as the API gives them. */
  public List<EnrolmentView> getLines() {
    if (lines == null) {
      lines = enrolments.mine(caller);
    }
    return lines;
  }

  /** Whether the place may still be given up: not given up yet, its session not cancelled. */
  public boolean cancellable(EnrolmentView line) {
    return !EnrolmentStatus.CANCELLED.name().equals(line.status())
        && !SessionStatus.CANCELLED.name().equals(line.sessionStatus());
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
