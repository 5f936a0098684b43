package fr.passeurs.machinepark;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's authorisation (habilitation) to use one machine: who granted it, when and why, until
 * when if it expires; or that it was revoked, by whom and why. Granted again after a revocation or
 * an expiry, the same authorisation is rewritten (the audit trail keeps what it was).
 */
@Entity
@Table(name = "machine_authorisation")
public class Authorisation {

  public static final int MAX_REASON = 500;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "machine_id")
  private String machineId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "account_id")
  private String accountId;

  @Column(name = "granted_by")
  private String grantedBy;

  @Column(name = "granted_at")
  private Instant grantedAt;

  @Column(name = "reason")
  private String reason;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "certificate_id")
  private String certificateId;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revocation_reason")
  private String revocationReason;

  @Version
  @Column(name = "version")
  private long version;

  protected Authorisation() {}

  Authorisation(String machineId, String manufactureId, String accountId) {
    this.id = Ids.newId();
    this.machineId = machineId;
    this.manufactureId = manufactureId;
    this.accountId = accountId;
  }

  /** Granted (again): any earlier revocation is forgotten here, kept in the audit trail. */
  void grant(String by, String reason, LocalDate expiresOn, String certificateId, Instant now) {
    this.grantedBy = by;
    this.reason = reason;
    this.expiresOn = expiresOn;
    this.certificateId = certificateId;
    this.grantedAt = now;
    this.revokedAt = null;
    this.revokedBy = null;
    this.revocationReason = null;
  }

  void revoke(String by, String reason, Instant now) {
    this.revokedAt = now;
    this.revokedBy = by;
    this.revocationReason = reason;
  }

  /** Whether it lets its holder book the machine for that day: not revoked, not yet expired. */
  public boolean validOn(LocalDate day) {
    return revokedAt == null && (expiresOn == null || !day.isAfter(expiresOn));
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public String id() {
    return id;
  }

  public String machineId() {
    return machineId;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String accountId() {
    return accountId;
  }

  public String grantedBy() {
    return grantedBy;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public String reason() {
    return reason;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public String certificateId() {
    return certificateId;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokedBy() {
    return revokedBy;
  }

  public String revocationReason() {
    return revocationReason;
  }
}
