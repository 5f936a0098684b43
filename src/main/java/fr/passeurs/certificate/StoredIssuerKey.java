package fr.passeurs.certificate;

import fr.passeurs.certificate.core.IssuerKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signing key as the database keeps it: its public JWK always, its private JWK only when the
 * platform generated it; a key given by the configuration never leaves the configuration, and only
 * its public half stays here so that what it signed still verifies after it is replaced.
 */
@Entity
@Table(name = "issuer_key")
public class StoredIssuerKey {

  /** Where a key came from. */
  public enum Origin {
    GENERATED,
    CONFIGURED
  }

  private static final String ACTIVE = "A";

  @Id
  @Column(name = "kid")
  private String kid;

  @Column(name = "public_jwk")
  private String publicJwk;

  @Lob
  @Column(name = "private_jwk")
  private String privateJwk;

  @Column(name = "origin")
  private String origin;

  @Column(name = "active")
  private boolean active;

  /** 'A' for the active key, NULL for the others: the unique key allows one active key. */
  @Column(name = "active_guard")
  private String activeGuard;

  @Column(name = "created_at")
  private Instant createdAt;

  protected StoredIssuerKey() {}

  private StoredIssuerKey(IssuerKey key, Origin origin) {
    this.kid = key.kid();
    this.publicJwk = key.publicJwk().toJSONString();
    this.privateJwk = origin == Origin.GENERATED ? key.toStoredJson() : null;
    this.origin = origin.name();
    this.createdAt = key.createdAt();
    activate();
  }

  /** A key the platform generated: kept whole. */
  static StoredIssuerKey generated(IssuerKey key) {
    return new StoredIssuerKey(key, Origin.GENERATED);
  }

  /** A key given by the configuration: its public half only. */
  static StoredIssuerKey configured(IssuerKey key) {
    return new StoredIssuerKey(key, Origin.CONFIGURED);
  }

  void activate() {
    this.active = true;
    this.activeGuard = ACTIVE;
  }

  void retire() {
    this.active = false;
    this.activeGuard = null;
  }

  public String kid() {
    return kid;
  }

  public String publicJwk() {
    return publicJwk;
  }

  /** The private JWK of a generated key; null for a configured one. */
  String privateJwk() {
    return privateJwk;
  }

  public Origin origin() {
    return Origin.valueOf(origin);
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
