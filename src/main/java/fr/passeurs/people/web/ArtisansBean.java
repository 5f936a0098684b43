package fr.passeurs.people.web;

import fr.passeurs.people.AccountStatus;
import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountView;
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

  @Inject private AccountReads accounts;
  @Inject private Caller caller;

  private List<AccountView> pending;
  private List<AccountView> active;
  private List<AccountView> inactive;

  public List<AccountView> getPending() {
    if (pending == null) {
      pending = artisans(AccountStatus.PENDING);
    }
    return pending;
  }

  public List<AccountView> getActive() {
    if (active == null) {
      active = artisans(AccountStatus.ACTIVE);
    }
    return active;
  }

  /** The artisans who were refused or deactivated, who may be let in again. */
  public List<AccountView> getInactive() {
    if (inactive == null) {
      inactive = new ArrayList<>(artisans(AccountStatus.REFUSED));
      inactive.addAll(artisans(AccountStatus.DISABLED));
    }
    return inactive;
  }

  public String activate(String accountId) {
    try {
      AccountView account = accounts.activate(caller, accountId);
      Feedback.info("artisans.activated", account.displayName());
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/manager/artisans?faces-redirect=true";
  }

  private List<AccountView> artisans(AccountStatus status) {
    return accounts
        .list(caller, null, status, Role.ARTISAN, null, PageRequest.first(PageRequest.MAX_SIZE))
        .items();
  }
}
