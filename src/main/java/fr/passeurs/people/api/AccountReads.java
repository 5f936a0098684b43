package fr.passeurs.people.api;

import fr.passeurs.people.Account;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountStatus;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The accounts' use cases as the API and the pages both call them: the API's requests in, {@link
 * AccountView} out; the entity stays here.
 */
@ApplicationScoped
public class AccountReads {

  @Inject private AccountService accounts;

  /** A manager's appointment: the manager's account and whether it was made for it. */
  public record AppointedView(AccountView account, boolean created) {}

  /** Registers a person, pending or active as their role says. */
  public AccountView register(RegistrationRequest request) {
    return view(accounts.register(request.toRegistration()));
  }

  /** The caller's own account. */
  public AccountView me(Caller caller) {
    return view(accounts.me(caller));
  }

  /** The caller describes themselves again. */
  public AccountView describeMe(Caller caller, ProfileRequest profile) {
    return view(
        accounts.describeMe(
            caller, profile.displayName(), profile.birthDate(), profile.language()));
  }

  /** An account, for whom may read it. */
  public AccountView get(Caller caller, String id) {
    return view(accounts.get(caller, id));
  }

  /** The accounts the caller runs, filtered; the newest first. */
  public Page<AccountView> list(
      Caller caller,
      String text,
      AccountStatus status,
      Role role,
      String manufactureId,
      PageRequest page) {
    return accounts.list(caller, text, status, role, manufactureId, page).map(AccountReads::view);
  }

  public AccountView activate(Caller caller, String id) {
    return view(accounts.activate(caller, id));
  }

  public AccountView refuse(Caller caller, String id, String reason) {
    return view(accounts.refuse(caller, id, reason));
  }

  public AccountView deactivate(Caller caller, String id, String reason) {
    return view(accounts.deactivate(caller, id, reason));
  }

  public AccountView reactivate(Caller caller, String id, String reason) {
    return view(accounts.reactivate(caller, id, reason));
  }

  /** The managers of a manufacture. */
  public List<AccountView> managersOf(String manufactureId) {
    return accounts.managersOf(manufactureId).stream().map(AccountReads::view).toList();
  }

  /** Appoints a manager, making their account when there is none of that e-mail. */
  public AppointedView appointManager(
      Caller caller, String manufactureId, AppointmentRequest request) {
    AccountService.Appointed appointed =
        accounts.appointManager(
            caller,
            manufactureId,
            new AccountService.Appointment(
                request.email(), request.displayName(), request.password()));
    return new AppointedView(view(appointed.account()), appointed.created());
  }

  /** Takes a manager off a manufacture. */
  public AccountView removeManager(Caller caller, String manufactureId, String accountId) {
    return view(accounts.removeManager(caller, manufactureId, accountId));
  }

  static AccountView view(Account account) {
    return new AccountView(
        account.id(),
        account.email(),
        account.displayName(),
        account.roles().stream().sorted().toList(),
        account.status().name(),
        account.manufactureId(),
        account.createdAt(),
        account.activatedAt(),
        account.birthDate(),
        account.language(),
        account.statusReason(),
        account.statusChangedAt());
  }
}
