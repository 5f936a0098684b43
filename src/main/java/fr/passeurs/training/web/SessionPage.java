package fr.passeurs.training.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.EnrolmentStatus;
import fr.passeurs.training.SessionReader;
import fr.passeurs.training.SessionReader.SessionDetails;
import fr.passeurs.training.SessionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/** A session as an apprentice sees it: what, where, when, seats left, and "enrol". */
@Named
@RequestScoped
public class SessionPage {

  @Inject private SessionService sessions;
  @Inject private SessionReader reader;
  @Inject private EnrolmentService enrolments;
  @Inject private Caller caller;

  private String id;
  private SessionDetails details;
  private Optional<EnrolmentService.Standing> mine;

  /** Loads the session, or answers 404. */
  public void load() throws IOException {
    try {
      details = reader.details(sessions.get(id));
    } catch (DomainException e) {
      PageAccess.endWith(404);
    }
  }

  public String enrol() {
    try {
      EnrolmentService.Standing standing = enrolments.enrol(caller, id);
      if (standing.enrolment().status() == EnrolmentStatus.CONFIRMED) {
        Feedback.info("session.enrolledConfirmed");
      } else {
        Feedback.info("session.enrolledWaiting", standing.position());
      }
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/training/session?faces-redirect=true&id=" + id;
  }

  public SessionDetails getDetails() {
    return details;
  }

  /** The caller's own place in this session, if they have one. */
  public EnrolmentService.Standing getMine() {
    if (mine == null) {
      mine =
          caller.has(Role.APPRENTICE) && details != null
              ? enrolments.mineIn(caller, id).filter(s -> s.enrolment().isActive())
              : Optional.empty();
    }
    return mine.orElse(null);
  }

  public boolean isMayEnrol() {
    return caller.has(Role.APPRENTICE)
        && getMine() == null
        && details != null
        && !details.session().isCancelled()
        && !details.session().enrolmentClosed();
  }

  /** The price in euros, in the page's language; empty when free. */
  public String getPrice() {
    int cents = details.training().priceCents();
    if (cents == 0) {
      return "";
    }
    java.text.NumberFormat euros =
        java.text.NumberFormat.getCurrencyInstance(
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    euros.setCurrency(java.util.Currency.getInstance("EUR"));
    return euros.format(cents / 100.0);
  }

  public boolean isAnonymous() {
    return !caller.isAuthenticated();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
