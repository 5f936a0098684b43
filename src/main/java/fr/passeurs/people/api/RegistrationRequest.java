package fr.passeurs.people.api;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.PasswordHasher;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Input;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Someone registering: an apprentice, a teacher, or an artisan of a manufacture. */
public record RegistrationRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotNull
        @Size(
            min = PasswordHasher.MIN_LENGTH,
            max = 200,
            message = "must have between 10 and 200 characters")
        String password,
    @NotBlank @Size(max = 100) String displayName,
    @NotBlank String role,
    String manufactureId) {

  /**
   * Declared in full so that the constraints stay on the fields and accessors only: Payara's
   * OpenAPI generator fails on constraints it finds on constructor parameters.
   */
  public RegistrationRequest(
      String email, String password, String displayName, String role, String manufactureId) {
    this.email = email;
    this.password = password;
    this.displayName = displayName;
    this.role = role;
    this.manufactureId = manufactureId;
  }

  AccountService.Registration toRegistration() {
    Input input = new Input();
    Role parsed = input.enumValue("role", role, Role.class);
    input.check(
        parsed == null || AccountService.SELF_REGISTERED.contains(parsed),
        "role",
        "must be one of APPRENTICE, TEACHER, ARTISAN");
    input.throwIfInvalid();
    return new AccountService.Registration(email, password, displayName, parsed, manufactureId);
  }
}
