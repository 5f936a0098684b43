package fr.passeurs.people.api;

import fr.passeurs.people.PasswordResets;
import java.time.Instant;

/**
 * A link that sets a new password, to hand over: its path on the site and when it stops working.
 */
public record ResetLinkView(String path, Instant expiresAt) {

  static ResetLinkView of(PasswordResets.Link link) {
    return new ResetLinkView(link.path(), link.expiresAt());
  }
}
