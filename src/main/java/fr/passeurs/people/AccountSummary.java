package fr.passeurs.people;

import fr.passeurs.platform.Role;
import java.util.Set;

/** An account as other contexts see it: no e-mail, no password. */
public record AccountSummary(
    String id, String displayName, Set<Role> roles, AccountStatus status, String manufactureId) {

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public boolean isArtisan() {
    return roles.contains(Role.ARTISAN);
  }
}
