package fr.passeurs.platform.security;

import fr.passeurs.platform.Message;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

/**
 * What an e-mail and password are worth: the account they open, a wrong pair (unknown e-mail or
 * wrong password, never told apart), or the right password of an account that may not log in yet or
 * any more ({@code status} says which, {@code reason} why if someone gave one).
 */
public record LoginCheck(
    Outcome outcome, CredentialValidationResult validation, String status, String reason) {

  public enum Outcome {
    VALID,
    WRONG,
    INACTIVE
  }

  public static LoginCheck valid(CredentialValidationResult validation) {
    return new LoginCheck(Outcome.VALID, validation, null, null);
  }

  public static LoginCheck wrong() {
    return new LoginCheck(Outcome.WRONG, CredentialValidationResult.INVALID_RESULT, null, null);
  }

  public static LoginCheck inactive(String status, String reason) {
    return new LoginCheck(
        Outcome.INACTIVE, CredentialValidationResult.INVALID_RESULT, status, reason);
  }

  /**
   * What the person who gave the right password of an account that may not log in is told: waiting
   * for activation, refused or deactivated, with the reason given.
   */
  public static Message whyInactive(String status, String reason) {
    if ("PENDING".equals(status)) {
      return Message.of("login.pending");
    }
    if ("REFUSED".equals(status)) {
      return Message.of("login.refused", reason == null ? "" : reason);
    }
    return reason == null
        ? Message.of("login.disabled.no-reason")
        : Message.of("login.disabled", reason);
  }
}
