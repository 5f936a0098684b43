package fr.passeurs.people.web;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountStatus;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
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
import java.io.IOException;
import java.util.Optional;

/** The login form, and logging out. */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext security;
  @Inject private AccountService accounts;

  private String email;
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
        external.redirect(external.getRequestContextPath() + safeNext());
        return null;
      }
      case SEND_CONTINUE -> {
        faces.responseComplete();
        return null;
      }
      default -> {
        Optional<AccountStatus> known = accounts.statusOf(email);
        Feedback.error(
            known.filter(s -> s == AccountStatus.PENDING).isPresent()
                ? "login.pending"
                : "login.failed");
        return null;
      }
    }
  }

  public String logout() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
    return null;
  }

  /** Only a path inside the application: never another site. */
  private String safeNext() {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      return next;
    }
    return "/";
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
