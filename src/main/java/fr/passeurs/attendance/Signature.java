package fr.passeurs.attendance;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone's signature of a half-day of a register: a participant's, or the trainer's. */
@Entity
@Table(name = "attendance_signature")
public class Signature {

  /** Who signs. */
  public enum Role {
    PARTICIPANT,
    TRAINER
  }

  /** How: the participant's own action, the trainer's QR code, or the trainer signing. */
  public enum Method {
    SELF,
    QR,
    TRAINER
  }

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "slot")
  private int slot;

  @Column(name = "signer_id")
  private String signerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(name = "method")
  private Method method;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "signed_from")
  private String signedFrom;

  protected Signature() {}

  Signature(
      String sessionId,
      int slot,
      String signerId,
      Role role,
      Method method,
      Instant at,
      String from) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.slot = slot;
    this.signerId = signerId;
    this.role = role;
    this.method = method;
    this.signedAt = at;
    this.signedFrom = from == null ? "" : from;
  }

  public String id() {
    return id;
  }

  public int slot() {
    return slot;
  }

  public String signerId() {
    return signerId;
  }

  public Role role() {
    return role;
  }

  public Method method() {
    return method;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String signedFrom() {
    return signedFrom;
  }
}
