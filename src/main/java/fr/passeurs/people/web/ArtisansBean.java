package fr.passeurs.people.web;

import fr.passeurs.people.Account;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountStatus;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * A manager's page: artisans of the manufacture, those waiting to be let in, and those refused or
 * deactivated; each opens its account's page.
 */
@Named
@RequestScoped
public class ArtisansBean {

  @Inject private AccountService accounts;
  @Inject private Caller caller;

  private List<Account> pending;
  private List<Account> active;
  private List<Account> inactive;

  public List<Account> getPending() {
    if (pending == null) {
      pending = artisans(AccountStatus.PENDING);
    }
    return pending;
  }

  public List<Account> getActive() {
    if (active == null) {
      active = artisans(AccountStatus.ACTIVE);
    }
    return active;
  }

  /** The artisans who were refused or deactivated, who may be let in again. */
  public List<Account> getInactive() {
    if (inactive == null) {
      inactive = new ArrayList<>(artisans(AccountStatus.REFUSED));
      inactive.addAll(artisans(AccountStatus.DISABLED));
    }
    return inactive;
  }

  public String activate(String accountId) {
    try {
      Account account = accounts.activate(caller, accountId);
      Feedback.info("artisans.activated", account.displayName());
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/manager/artisans?faces-redirect=true";
  }

  private List<Account> artisans(AccountStatus status) {
    return accounts
        .list(caller, status, Role.ARTISAN, null, PageRequest.first(PageRequest.MAX_SIZE))
        .items();
  }
}
