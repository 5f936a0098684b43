package fr.passeurs.people;

import fr.passeurs.platform.Role;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * An account as other contexts see it: no e-mail, no password; the birth date, when given, for the
 * age limits of trainings and machines.
 */
public record AccountSummary(
    String id,
    String displayName,
    Set<Role> roles,
    AccountStatus status,
    String manufactureId,
    LocalDate birthDate) {

  /** Age in whole years on that day, or null if the birth date is unknown. */
  public Integer ageOn(LocalDate day) {
    return birthDate == null ? null : Period.between(birthDate, day).getYears();
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public boolean isArtisan() {
    return roles.contains(Role.ARTISAN);
  }
}
