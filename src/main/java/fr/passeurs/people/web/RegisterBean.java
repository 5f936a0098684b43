package fr.passeurs.people.web;

import fr.passeurs.people.Account;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.PasswordHasher;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The registration form: apprentices, teachers, and artisans of a manufacture. */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private ManufactureService manufactures;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @NotBlank
  @Size(min = PasswordHasher.MIN_LENGTH, max = 200)
  private String password;

  @NotBlank
  @Size(max = 100)
  private String displayName;

  private Role role = Role.APPRENTICE;
  private String manufactureId;
  private List<ManufactureSummary> manufactureChoices;

  public String register() {
    try {
      Account account =
          accounts.register(
              new AccountService.Registration(
                  email, password, displayName, role, isArtisan() ? manufactureId : null));
      Feedback.info(account.isActive() ? "register.done" : "register.pending");
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
