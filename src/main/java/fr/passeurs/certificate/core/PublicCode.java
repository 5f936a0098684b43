package fr.passeurs.certificate.core;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The code printed on a certificate and in its verification address, by which anyone finds it
 * again: 12 characters of Crockford's base32 (60 random bits), shown in three groups of four, as
 * {@code K7QM-3XPA-9D2F}.
 *
 * <p>It is drawn from a {@link SecureRandom} so that nobody can enumerate the certificates of
 * others by guessing codes. Crockford's alphabet has no I, L, O or U, so that a code read aloud or
 * copied by hand is read back the same: parsing takes lower case, dashes and spaces, and reads
 * {@code O} as zero and {@code I} or {@code L} as one.
 *
 * @param value the 12 characters, upper case, without dashes
 */
public record PublicCode(String value) {

  /** The digits of Crockford's base32, in order of their value. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  static final int LENGTH = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * @throws IllegalArgumentException unless {@code value} is 12 characters of the alphabet, upper
   *     case: the canonical form ({@link #parse} accepts what people type)
   */
  public PublicCode {
    if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> digit(c) >= 0)) {
      throw new IllegalArgumentException(
          "A public code is 12 characters of Crockford's base32: " + value);
    }
  }

  /** A new code, from the platform's shared random generator. */
  public static PublicCode generate() {
    return generate(RANDOM);
  }

  /** A new code from the given generator (tests give a seeded one). */
  public static PublicCode generate(SecureRandom random) {
    long bits = random.nextLong();
    char[] code = new char[LENGTH];
    // 12 digits of 5 bits each: the low 60 bits of the long.
    for (int i = LENGTH - 1; i >= 0; i--) {
      code[i] = ALPHABET.charAt((int) (bits & 31));
      bits >>>= 5;
    }
    return new PublicCode(new String(code));
  }

  /**
   * Reads a code as people type or paste it: any case, with or without dashes and spaces, with O
   * for zero and I or L for one.
   *
   * @throws IllegalArgumentException if it is not a code
   */
  public static PublicCode parse(String text) {
    return tryParse(text)
        .orElseThrow(() -> new IllegalArgumentException("Not a certificate code: " + text));
  }

  /** Like {@link #parse}, but empty for text that is not a code. */
  public static Optional<PublicCode> tryParse(String text) {
    if (text == null || text.length() > 4 * LENGTH) {
      return Optional.empty();
    }
    StringBuilder canonical = new StringBuilder(LENGTH);
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toUpperCase(text.charAt(i));
      if (c == '-' || c == ' ' || c == '\u00a0') {
        continue;
      }
      c =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (digit(c) < 0 || canonical.length() == LENGTH) {
        return Optional.empty();
      }
      canonical.append(c);
    }
    return canonical.length() == LENGTH
        ? Optional.of(new PublicCode(canonical.toString()))
        : Optional.empty();
  }

  /** A text as printed when it is a code ({@code K7QM-3XPA-9D2F}), else the text itself. */
  public static String grouped(String text) {
    return tryParse(text).map(PublicCode::grouped).orElse(text);
  }

  /** The code as printed: {@code K7QM-3XPA-9D2F}. */
  public String grouped() {
    return value.substring(0, 4) + '-' + value.substring(4, 8) + '-' + value.substring(8);
  }

  @Override
  public String toString() {
    return grouped();
  }

  private static int digit(int c) {
    return c < 128 ? ALPHABET.indexOf(c) : -1;
  }
}
