package fr.passeurs.visit;

import java.util.Locale;
import java.util.Optional;

/**
 * The national identifier of a French school (unité administrative immatriculée): seven digits and
 * a check letter. The letter is the seven-digit number modulo 23, written with the alphabet without
 * I, O and Q, so that a mistyped digit is caught before a school is registered under it.
 */
public record Uai(String code) {

  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  public Uai {
    String problem = problemWith(code);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** The UAI written by a person (spaces and lower case allowed), if it is a valid one. */
  public static Optional<Uai> parse(String raw) {
    String normalised = normalise(raw);
    return problemWith(normalised) == null ? Optional.of(new Uai(normalised)) : Optional.empty();
  }

  /** Why a code written by a person is not a UAI, in a sentence; null if it is one. */
  public static String problemWith(String raw) {
    String code = normalise(raw);
    if (!code.matches("[0-9]{7}[A-Z]")) {
      return "a UAI is 7 digits followed by a letter, e.g. 0750655E";
    }
    char expected = checkLetter(code.substring(0, 7));
    if (code.charAt(7) != expected) {
      return "the check letter of "
          + code.substring(0, 7)
          + " is "
          + expected
          + ", not "
          + code.charAt(7)
          + ": check the code on the school's documents";
    }
    return null;
  }

  /** The check letter of seven digits. */
  static char checkLetter(String digits) {
    return LETTERS.charAt(Integer.parseInt(digits) % LETTERS.length());
  }

  private static String normalise(String raw) {
    return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return code;
  }
}
