package fr.passeurs.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A link that sets a new password: valid {@link #VALID_FOR}, used once. The row keeps only the
 * SHA-256 digest of the link's secret.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  /** How long a link works. */
  public static final Duration VALID_FOR = Duration.ofHours(1);

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "account_id")
  private String accountId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  PasswordReset(String tokenHash, String accountId, Instant now) {
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.createdAt = now;
    this.expiresAt = now.plus(VALID_FOR);
  }

  String accountId() {
    return accountId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
