package fr.passeurs.people.web;

import fr.passeurs.people.PasswordResets;
import fr.passeurs.people.api.NewPasswordRequest;
import fr.passeurs.people.api.PasswordResetRequest;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

/**
 * "Mot de passe oublié": the page that asks for a link (it says the same whether the address has an
 * account or not), and the page of the link, which sets the new password.
 */
@Named
@RequestScoped
public class PasswordResetBean {

  @Inject private PasswordResets resets;

  @LimitsOf(value = PasswordResetRequest.class, field = "email")
  private String email;

  @Size(max = 100)
  private String token;

  @LimitsOf(value = NewPasswordRequest.class, field = "password")
  private String password;

  public String ask() {
    try {
      resets.request(email);
      Feedback.info("reset.asked");
      return "/login?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String reset() {
    try {
      resets.reset(token, password);
      Feedback.info("reset.done");
      return "/login?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
