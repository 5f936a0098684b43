package fr.passeurs.people.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person says of themselves: the name shown to others, and their birth date. */
public record ProfileRequest(
    @NotBlank @Size(max = 100) String displayName, @Past LocalDate birthDate) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public ProfileRequest(String displayName, LocalDate birthDate) {
    this.displayName = displayName;
    this.birthDate = birthDate;
  }
}
