package fr.passeurs.people.api;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.PasswordHasher;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Input;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Someone registering: an apprentice, a teacher, or an artisan of a manufacture. */
public record RegistrationRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotNull @Size(min = PasswordHasher.MIN_LENGTH, max = 200) String password,
    @NotBlank @Size(max = 100) String displayName,
    @NotBlank @TextSize(max = 32) String role,
    @TextSize(max = 36) String manufactureId,
    @Past LocalDate birthDate) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public RegistrationRequest(
      String email,
      String password,
      String displayName,
      String role,
      String manufactureId,
      LocalDate birthDate) {
    this.email = email;
    this.password = password;
    this.displayName = displayName;
    this.role = role;
    this.manufactureId = manufactureId;
    this.birthDate = birthDate;
  }

  AccountService.Registration toRegistration() {
    Input input = new Input();
    Role parsed = input.enumValue("role", role, Role.class);
    input.check(
        parsed == null || AccountService.SELF_REGISTERED.contains(parsed),
        "role",
        "invalid.one-of",
        AccountService.SELF_REGISTERED_NAMES);
    input.throwIfInvalid();
    return new AccountService.Registration(
        email, password, displayName, parsed, manufactureId, birthDate);
  }
}
