package fr.passeurs.people.web;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is looking at the page, for the header and menus. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private Caller caller;
  @Inject private AccountService accounts;

  private AccountSummary account;

  public boolean isLoggedIn() {
    return caller.isAuthenticated() && caller.accountId() != null;
  }

  public String getDisplayName() {
    if (!isLoggedIn()) {
      return "";
    }
    if (account == null) {
      account = accounts.summary(caller.accountId()).orElse(null);
    }
    return account == null ? "" : account.displayName();
  }

  public boolean isArtisan() {
    return caller.has(Role.ARTISAN);
  }

  public boolean isApprentice() {
    return caller.has(Role.APPRENTICE);
  }

  public boolean isTeacher() {
    return caller.has(Role.TEACHER);
  }

  public boolean isManager() {
    return caller.has(Role.MANAGER);
  }

  public boolean isAdmin() {
    return caller.isAdmin();
  }

  /** Who may write know-how. */
  public boolean isAuthor() {
    return isArtisan() || isManager() || isAdmin();
  }
}
