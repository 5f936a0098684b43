package fr.passeurs.certificate;

import fr.passeurs.platform.Message;

/**
 * What a check of a presented certificate concludes, why, and, when the platform knows it, the
 * certificate it issued.
 *
 * @param certificate the certificate as issued, or null when none is known
 */
public record Verdict(Outcome outcome, Message reason, Certificate certificate) {

  /** The answers a check gives. */
  public enum Outcome {
    /** Signed by the platform, unchanged, and not revoked. */
    VALID,
    /** Genuine, but revoked since: the reason says why. */
    REVOKED,
    /** Changed after signing, or not signed as the platform signs. */
    TAMPERED,
    /** Well formed, but signed by a key the platform never published, or not issued here. */
    UNKNOWN
  }
}
