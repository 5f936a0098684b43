package fr.passeurs.training.web;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.training.api.TrainingReads;
import fr.passeurs.training.api.TrainingViews.EnrolmentView;
import fr.passeurs.training.api.TrainingViews.MyPlace;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.training.api.TrainingViews.TrainingView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;

/**
 * A session as an apprentice sees it (the API's {@link SessionView} and its {@link TrainingView}):
 * what, where, when, seats left, and "enrol".
 */
@Named
@RequestScoped
public class SessionPage {

  @Inject private TrainingReads trainings;
  @Inject private Caller caller;
  @Inject private AccountService accounts;

  private String id;
  private SessionView session;
  private TrainingView training;
  private Boolean birthDateNeeded;

  /** The birth date asked on the spot when the training has a minimum age and none is known. */
  private LocalDate birthDate;

  /**
   * The session's id from the address from the start of the request: a form sent back decides what
   * it shows (the birth date asked or not) before the page's parameters are applied.
   */
  @PostConstruct
  void fromAddress() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      id = faces.getExternalContext().getRequestParameterMap().get("id");
    }
  }

  /** Answers 404 for a session that does not exist. */
  public void load() throws IOException {
    if (getSession() == null) {
      PageAccess.endWith(404);
    }
  }

  /**
   * Enrols the apprentice; when the training has a minimum age and their birth date is not known,
   * the birth date asked in the same form is kept in their profile first.
   */
  public String enrol() {
    try {
      if (birthDate != null && isBirthDateNeeded()) {
        AccountSummary me = accounts.summary(caller.accountId()).orElseThrow();
        accounts.describeMe(caller, me.displayName(), birthDate);
      }
      EnrolmentView standing = trainings.enrol(caller, id);
      if ("CONFIRMED".equals(standing.status())) {
        Feedback.info("session.enrolledConfirmed");
      } else {
        Feedback.info("session.enrolledWaiting", standing.position());
      }
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/training/session?faces-redirect=true&id=" + id;
  }

  /**
   * The session, read once per request (when the page is shown and when its form is sent), with the
   * caller's own place in it.
   */
  public SessionView getSession() {
    if (session == null && id != null) {
      try {
        session = trainings.session(caller, id, Feedback.locale());
      } catch (DomainException e) {
        session = null;
      }
    }
    return session;
  }

  /** The session's training: its objectives. */
  public TrainingView getTraining() {
    if (training == null && getSession() != null) {
      training = trainings.training(session.trainingId());
    }
    return training;
  }

  /** The apprentice's own place in this session, if they have one still standing. */
  public MyPlace getMine() {
    MyPlace mine = getSession() == null ? null : session.myEnrolment();
    return mine != null
            && caller.has(Role.APPRENTICE)
            && ("CONFIRMED".equals(mine.status()) || "WAITLISTED".equals(mine.status()))
        ? mine
        : null;
  }

  /** The training has a minimum age and the apprentice's birth date is not known yet. */
  public boolean isBirthDateNeeded() {
    if (birthDateNeeded == null) {
      birthDateNeeded =
          getSession() != null
              && session.minimumAge() != null
              && caller.isAuthenticated()
              && accounts.summary(caller.accountId()).map(a -> a.birthDate() == null).orElse(false);
    }
    return birthDateNeeded;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public boolean isMayEnrol() {
    return caller.has(Role.APPRENTICE)
        && getMine() == null
        && getSession() != null
        && session.enrolmentOpen();
  }

  /** The price in euros, in the page's language; empty when free. */
  public String getPrice() {
    int cents = getSession().priceCents();
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
