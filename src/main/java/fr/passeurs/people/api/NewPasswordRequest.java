package fr.passeurs.people.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new password a link sets. */
public record NewPasswordRequest(@NotNull @Size(max = 200) String password) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public NewPasswordRequest(String password) {
    this.password = password;
  }
}
