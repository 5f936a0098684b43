package fr.passeurs.people.web;

import fr.passeurs.people.AccountService;
import fr.passeurs.platform.LanguageChosen;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.security.LoginCheck;
import fr.passeurs.platform.security.PasseursAuthenticationMechanism;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** The login form, and logging out. */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext security;
  @Inject private Clock clock;
  @Inject private LocaleBean locale;
  @Inject private AccountService accounts;
  @Inject private Event<LanguageChosen> chosen;

  @Size(max = 254)
  private String email;

  @Size(max = 200)
  private String password;

  private String next;

  public String login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    switch (status) {
      case SUCCESS -> {
        agreeOnLanguage();
        external.redirect(external.getRequestContextPath() + safeNext());
        return null;
      }
      case SEND_CONTINUE -> {
        faces.responseComplete();
        return null;
      }
      default -> {
        refused((HttpServletRequest) external.getRequest());
        return null;
      }
    }
  }

  /** The account takes the language chosen on this browser; without one, the browser its. */
  private void agreeOnLanguage() {
    if (security.getCallerPrincipal() == null) {
      return;
    }
    String accountId = security.getCallerPrincipal().getName();
    String here = locale.chosenHere();
    if (here != null) {
      chosen.fire(new LanguageChosen(accountId, here));
    } else {
      accounts.languageOf(accountId).ifPresent(locale::remember);
    }
  }

  /**
   * Says why the login failed, as much as may be said: only who gave the right password learns that
   * the account is not active; too many attempts say when to try again.
   */
  private void refused(HttpServletRequest request) {
    Object why = request.getAttribute(PasseursAuthenticationMechanism.LOGIN_REFUSAL);
    if (why instanceof PasseursAuthenticationMechanism.LoginRefusal refusal) {
      if (refusal.retryAt() != null) {
        long seconds =
            Math.max(1, Duration.between(clock.instant(), refusal.retryAt()).toSeconds() + 1);
        if (seconds < 120) {
          Feedback.error("login.held.seconds", seconds);
        } else {
          Feedback.error("login.held.minutes", (seconds + 59) / 60);
        }
        return;
      }
      if (refusal.outcome() == LoginCheck.Outcome.INACTIVE) {
        Message inactive = LoginCheck.whyInactive(refusal.status(), refusal.reason());
        Feedback.error(inactive.key(), inactive.args().toArray());
        return;
      }
    }
    Feedback.error("login.failed");
  }

  public String logout() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
    return null;
  }

  /** Only a path inside the application, never another site; without one, "Mon espace". */
  private String safeNext() {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      return next;
    }
    return "/me/space.xhtml";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
