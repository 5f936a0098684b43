package fr.passeurs.audit;

import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  static final int MAX_LABEL = 300;
  static final int MAX_DETAIL = 600;
  static final int MAX_ADDRESS = 64;

  @Id private String id;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "actor_id")
  private String actorId;

  @Column(name = "on_behalf_of")
  private String onBehalfOf;

  @Column(name = "address")
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false)
  private AuditAction action;

  @Column(name = "subject_id", nullable = false)
  private String subjectId;

  @Column(name = "subject_label")
  private String subjectLabel;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "detail")
  private String detail;

  protected AuditEntry() {}

  AuditEntry(String id, Instant at, String address, Audited what) {
    this.id = id;
    this.at = at;
    this.address = cut(address, MAX_ADDRESS);
    this.actorId = what.actorId();
    this.onBehalfOf = what.onBehalfOf();
    this.action = what.action();
    this.subjectId = what.subjectId();
    this.subjectLabel = cut(what.subjectLabel(), MAX_LABEL);
    this.manufactureId = what.manufactureId();
    this.detail = cut(what.detail(), MAX_DETAIL);
  }

  private static String cut(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public String id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actorId() {
    return actorId;
  }

  public String onBehalfOf() {
    return onBehalfOf;
  }

  /** The address the act came from; null for the platform's own work. */
  public String address() {
    return address;
  }

  public AuditAction action() {
    return action;
  }

  public String subjectId() {
    return subjectId;
  }

  public String subjectLabel() {
    return subjectLabel;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String detail() {
    return detail;
  }
}
