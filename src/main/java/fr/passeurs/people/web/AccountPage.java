package fr.passeurs.people.web;

import fr.passeurs.people.AccountStatus;
import fr.passeurs.people.PasswordResets;
import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountResource.ReasonRequest;
import fr.passeurs.people.api.AccountView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.platform.web.SiteAddress;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

/**
 * One account, for the admin (anyone) and a manager (the accounts of their manufacture): who it is,
 * where it stands and why, and what may be done: activate or refuse a pending artisan, deactivate
 * or reactivate with a reason, produce a link that sets a new password.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Instance<AccountReads> accounts;
  @Inject private Instance<PasswordResets> resets;
  @Inject private Instance<ManufactureService> manufactures;
  @Inject private Instance<Caller> caller;

  private String id;
  private transient AccountView account;

  @LimitsOf(value = ReasonRequest.class, field = "reason")
  private String reason;

  private String resetLink;
  private Instant resetExpiresAt;

  /** Loads the account; 404 if there is none or the reader does not run it. */
  public void load() throws IOException {
    try {
      account = accounts.get().get(caller.get(), id);
    } catch (DomainException e) {
      PageAccess.endWith(404);
      return;
    }
    if (!caller.get().isAdmin() && !caller.get().isManagerOf(account.manufactureId())) {
      // one's own account is read on "Mon compte"
      PageAccess.endWith(404);
    }
  }

  public AccountView getAccount() {
    if (account == null && id != null) {
      account = accounts.get().get(caller.get(), id);
    }
    return account;
  }

  /** The name of the account's manufacture, or null. */
  public String getManufactureName() {
    AccountView a = getAccount();
    if (a == null || a.manufactureId() == null) {
      return null;
    }
    return manufactures.get().summary(a.manufactureId()).map(ManufactureSummary::name).orElse(null);
  }

  public boolean isPending() {
    return getAccount().is(AccountStatus.PENDING);
  }

  /** Whether the reader may deactivate or reactivate it (never their own). */
  public boolean isStatusChangeable() {
    AccountView a = getAccount();
    Caller me = caller.get();
    if (me.is(a.id())) {
      return false;
    }
    return me.isAdmin() || (a.has(Role.ARTISAN) && !a.has(Role.MANAGER) && !a.has(Role.ADMIN));
  }

  public boolean isActive() {
    return getAccount().is(AccountStatus.ACTIVE);
  }

  public boolean isInactive() {
    AccountView a = getAccount();
    return a.is(AccountStatus.DISABLED) || a.is(AccountStatus.REFUSED);
  }

  /** Whether the reader may produce a link that sets a new password for it. */
  public boolean isResettable() {
    AccountView a = getAccount();
    return !caller.get().is(a.id()) && (caller.get().isAdmin() || a.has(Role.ARTISAN));
  }

  public String activate() {
    return act(() -> accounts.get().activate(caller.get(), id), "account.page.activated");
  }

  public String refuse() {
    return act(() -> accounts.get().refuse(caller.get(), id, reason), "account.page.refused");
  }

  public String deactivate() {
    return act(
        () -> accounts.get().deactivate(caller.get(), id, reason), "account.page.deactivated");
  }

  public String reactivate() {
    return act(
        () -> accounts.get().reactivate(caller.get(), id, reason), "account.page.reactivated");
  }

  private String act(java.util.function.Supplier<AccountView> action, String done) {
    try {
      account = action.get();
      Feedback.info(done, account.displayName());
      return "/manager/account?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** Produces the link and shows it on the page, to hand over (it is shown once). */
  public void produceResetLink() {
    try {
      PasswordResets.Link link = resets.get().produce(caller.get(), id);
      resetLink = SiteAddress.of(link.path());
      resetExpiresAt = link.expiresAt();
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getResetLink() {
    return resetLink;
  }

  public Instant getResetExpiresAt() {
    return resetExpiresAt;
  }
}
