package fr.passeurs.people.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The manager the admin appoints: the e-mail of an existing account to promote, or of a new account
 * to create (then with a display name and a password).
 */
public record AppointmentRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @Size(max = 100) String displayName,
    @Size(min = 10, max = 200) String password) {

  /**
   * Declared in full so that the constraints stay on the fields and accessors only: Payara's
   * OpenAPI generator fails on constraints it finds on constructor parameters.
   */
  public AppointmentRequest(String email, String displayName, String password) {
    this.email = email;
    this.displayName = displayName;
    this.password = password;
  }
}
