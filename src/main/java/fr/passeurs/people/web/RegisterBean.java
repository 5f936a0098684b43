package fr.passeurs.people.web;

import fr.passeurs.people.AccountStatus;
import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountView;
import fr.passeurs.people.api.RegistrationRequest;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The registration form: apprentices, teachers, and artisans of a manufacture. */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountReads accounts;
  @Inject private ManufactureService manufactures;

  @LimitsOf(value = RegistrationRequest.class, field = "email")
  private String email;

  @LimitsOf(value = RegistrationRequest.class, field = "password")
  private String password;

  @LimitsOf(value = RegistrationRequest.class, field = "displayName")
  private String displayName;

  private Role role = Role.APPRENTICE;
  private String manufactureId;
  private List<ManufactureSummary> manufactureChoices;

  public String register() {
    try {
      AccountView account =
          accounts.register(
              new RegistrationRequest(
                  email,
                  password,
                  displayName,
                  role == null ? null : role.name(),
                  isArtisan() ? manufactureId : null,
                  null));
      Feedback.info(account.is(AccountStatus.ACTIVE) ? "register.done" : "register.pending");
      return "/login?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public List<Role> getRoles() {
    return List.of(Role.APPRENTICE, Role.TEACHER, Role.ARTISAN);
  }

  public List<ManufactureSummary> getManufactures() {
    if (manufactureChoices == null) {
      manufactureChoices = manufactures.all();
    }
    return manufactureChoices;
  }

  public boolean isArtisan() {
    return role == Role.ARTISAN;
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

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getManufactureId() {
    return manufactureId;
  }

  public void setManufactureId(String manufactureId) {
    this.manufactureId = manufactureId;
  }
}
