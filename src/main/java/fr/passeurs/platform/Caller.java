package fr.passeurs.platform;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: an authenticated account with its roles and, for managers and artisans, the
 * manufacture they belong to; or nobody. Application services receive it explicitly, so that every
 * rule about who may do what is written once, next to the use case.
 */
public record Caller(String accountId, Set<Role> roles, String manufactureId)
    implements Serializable {

  private static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

  /** The platform itself, for start-up work such as loading demo data. */
  private static final Caller SYSTEM = new Caller(null, Set.of(Role.ADMIN), null);

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Caller anonymous() {
    return ANONYMOUS;
  }

  public static Caller system() {
    return SYSTEM;
  }

  public boolean isAuthenticated() {
    return accountId != null || this == SYSTEM;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /** True for a manager of that manufacture. Admins are not managers of every manufacture. */
  public boolean isManagerOf(String manufacture) {
    return has(Role.MANAGER) && manufacture != null && manufacture.equals(manufactureId);
  }

  /** True for the admin, or a manager of that manufacture: who may run it. */
  public boolean mayRun(String manufacture) {
    return isAdmin() || isManagerOf(manufacture);
  }

  public boolean is(String account) {
    return accountId != null && accountId.equals(account);
  }

  public Optional<String> manufacture() {
    return Optional.ofNullable(manufactureId);
  }

  /** Fails with 401 when nobody is logged in. */
  public Caller requireAuthenticated() {
    if (!isAuthenticated()) {
      throw DomainException.unauthenticated();
    }
    return this;
  }
}
