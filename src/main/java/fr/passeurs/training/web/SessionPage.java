package fr.passeurs.training.web;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
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
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/** A session as an apprentice sees it: what, where, when, seats left, and "enrol". */
@Named
@RequestScoped
public class SessionPage {

  @Inject private SessionService sessions;
  @Inject private SessionReader reader;
  @Inject private EnrolmentService enrolments;
  @Inject private Caller caller;
  @Inject private AccountService accounts;

  private String id;
  private SessionDetails details;
  private Optional<EnrolmentService.Standing> mine;
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
    if (getDetails() == null) {
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

  /** The session, read once per request: when the page is shown and when its form is sent. */
  public SessionDetails getDetails() {
    if (details == null && id != null) {
      try {
        details = reader.details(sessions.get(id));
      } catch (DomainException e) {
        details = null;
      }
    }
    return details;
  }

  /** The caller's own place in this session, if they have one. */
  public EnrolmentService.Standing getMine() {
    if (mine == null) {
      mine =
          caller.has(Role.APPRENTICE) && getDetails() != null
              ? enrolments.mineIn(caller, id).filter(s -> s.enrolment().isActive())
              : Optional.empty();
    }
    return mine.orElse(null);
  }

  /** The training has a minimum age and the apprentice's birth date is not known yet. */
  public boolean isBirthDateNeeded() {
    if (birthDateNeeded == null) {
      birthDateNeeded =
          getDetails() != null
              && details.training().minimumAge() != null
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
        && getDetails() != null
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
