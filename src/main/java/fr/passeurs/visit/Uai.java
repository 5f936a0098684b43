package fr.passeurs.visit;

import fr.passeurs.platform.Message;
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
    Message problem = problemWith(code);
    if (problem != null) {
      throw new IllegalArgumentException(problem.toString());
    }
  }

  /** The UAI written by a person (spaces and lower case allowed), if it is a valid one. */
  public static Optional<Uai> parse(String raw) {
    String normalised = normalise(raw);
    return problemWith(normalised) == null ? Optional.of(new Uai(normalised)) : Optional.empty();
  }

  /**
   * Why a code written by a person is not a UAI, as a field refusal ({@code invalid.visit.uai-*});
   * null if it is one.
   */
  public static Message problemWith(String raw) {
    String code = normalise(raw);
    if (!code.matches("[0-9]{7}[A-Z]")) {
      return Message.of("invalid.visit.uai-form");
    }
    String digits = code.substring(0, 7);
    char expected = checkLetter(digits);
    if (code.charAt(7) != expected) {
      return Message.of(
          "invalid.visit.uai-check-letter",
          digits,
          String.valueOf(expected),
          String.valueOf(code.charAt(7)));
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
