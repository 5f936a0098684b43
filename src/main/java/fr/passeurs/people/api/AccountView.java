package fr.passeurs.people.api;

import fr.passeurs.people.AccountStatus;
import fr.passeurs.platform.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An account in the API, as its owner, their manager or the admin see it; with why it was last
 * refused, deactivated or reactivated, if someone said.
 */
public record AccountView(
    String id,
    String email,
    String displayName,
    List<Role> roles,
    String status,
    String manufactureId,
    Instant createdAt,
    Instant activatedAt,
    LocalDate birthDate,
    String language,
    String statusReason,
    Instant statusChangedAt) {

  /** Whether the account holds this role. */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the account is in this status. */
  public boolean is(AccountStatus wanted) {
    return wanted.name().equals(status);
  }
}
