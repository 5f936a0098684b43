package fr.passeurs.certificate.core;

import java.time.Instant;

/**
 * Keys made once for all the tests of a run: a 3,072-bit key takes up to a second to generate. The
 * old one was active before the new one; {@link #rotated} holds both.
 */
final class TestKeys {

  static final Instant OLD_CREATED = Instant.parse("2025-01-15T09:00:00Z");
  static final Instant NEW_CREATED = Instant.parse("2026-01-15T09:00:00Z");

  private static SigningKeys first;
  private static SigningKeys rotated;

  private TestKeys() {}

  /** One active key. */
  static synchronized SigningKeys first() {
    if (first == null) {
      first = SigningKeys.generate(OLD_CREATED);
    }
    return first;
  }

  /** The first key retired, and a newer one active. */
  static synchronized SigningKeys rotated() {
    if (rotated == null) {
      rotated = first().rotate(NEW_CREATED);
    }
    return rotated;
  }
}
