package fr.passeurs.people.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address of the account whose password is forgotten. */
public record PasswordResetRequest(@NotBlank @Size(max = 254) String email) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public PasswordResetRequest(String email) {
    this.email = email;
  }
}
