package fr.passeurs.people.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One's current password, and the new one. */
public record PasswordChangeRequest(
    @NotNull @Size(max = 200) String currentPassword,
    @NotNull @Size(max = 200) String newPassword) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public PasswordChangeRequest(String currentPassword, String newPassword) {
    this.currentPassword = currentPassword;
    this.newPassword = newPassword;
  }
}
