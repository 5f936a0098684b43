package fr.passeurs.people.web;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.MyData;
import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountView;
import fr.passeurs.people.api.PasswordChangeRequest;
import fr.passeurs.people.api.ProfileRequest;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** "Mon compte": what one says of oneself (name, birth date, language) and one's password. */
@Named
@RequestScoped
public class MyAccountBean {

  @Inject private AccountService accounts;
  @Inject private AccountReads reads;
  @Inject private Caller caller;
  @Inject private LocaleBean locale;
  @Inject private MyData myData;

  private String email;

  @LimitsOf(value = ProfileRequest.class, field = "displayName")
  private String displayName;

  @LimitsOf(value = ProfileRequest.class, field = "birthDate")
  private LocalDate birthDate;

  private String language;

  @LimitsOf(value = PasswordChangeRequest.class, field = "currentPassword")
  private String currentPassword;

  @LimitsOf(value = PasswordChangeRequest.class, field = "newPassword")
  private String newPassword;

  @LimitsOf(value = PasswordChangeRequest.class, field = "currentPassword")
  private String deletePassword;

  private List<String> handOverFirst;

  @PostConstruct
  void load() {
    if (!caller.isAuthenticated()) {
      return;
    }
    AccountView me = reads.me(caller);
    email = me.email();
    displayName = me.displayName();
    birthDate = me.birthDate();
    language = me.language();
  }

  public String saveProfile() {
    try {
      reads.describeMe(caller, new ProfileRequest(displayName, birthDate, language));
      if (language != null) {
        locale.remember(language);
        // said in the language just chosen, as the next page will be
        FacesContext.getCurrentInstance().getViewRoot().setLocale(Locale.forLanguageTag(language));
      }
      Feedback.info("account.saved");
      return "/me/account?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String changePassword() {
    try {
      accounts.changeMyPassword(caller, currentPassword, newPassword);
      Feedback.info("account.passwordChanged");
      return "/me/account?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** What the person must hand over before deleting their account, in the page's language. */
  public List<String> getHandOverFirst() {
    if (handOverFirst == null) {
      handOverFirst =
          myData.handOverFirst(caller).stream().map(m -> m.in(Feedback.locale())).toList();
    }
    return handOverFirst;
  }

  /**
   * Deletes the account, the current password given again; then the session ends and a page says it
   * is done.
   */
  public String deleteAccount() throws java.io.IOException {
    try {
      accounts.confirmMyPassword(caller, "deletePassword", deletePassword);
      myData.erase(caller);
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
    jakarta.faces.context.ExternalContext external =
        FacesContext.getCurrentInstance().getExternalContext();
    try {
      ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).logout();
    } catch (jakarta.servlet.ServletException e) {
      // the account can no longer log in anyway
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/account-deleted.xhtml");
    return null;
  }

  public String getDeletePassword() {
    return deletePassword;
  }

  public void setDeletePassword(String deletePassword) {
    this.deletePassword = deletePassword;
  }

  public List<String> getLanguages() {
    return List.of("fr", "en");
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
