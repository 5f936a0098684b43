package fr.passeurs.people.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a person says of themselves: the name shown to others, their birth date, and the language
 * they read Passeurs in ("fr" or "en"; left as it is when absent).
 */
public record ProfileRequest(
    @NotBlank @Size(max = 100) String displayName,
    @Past LocalDate birthDate,
    @Size(max = 2) String language) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public ProfileRequest(String displayName, LocalDate birthDate, String language) {
    this.displayName = displayName;
    this.birthDate = birthDate;
    this.language = language;
  }
}
