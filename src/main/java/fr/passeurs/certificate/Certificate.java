package fr.passeurs.certificate;

import fr.passeurs.certificate.core.CertificateContent;
import fr.passeurs.certificate.core.CertificatePdf;
import fr.passeurs.certificate.core.ContentDigest;
import fr.passeurs.certificate.core.PublicCode;
import fr.passeurs.certificate.core.StatusListEntry;
import fr.passeurs.certificate.core.SubjectType;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate the platform issued: what it states, its signed credential and its PDF, kept as
 * issued (a later rename of the person or the training changes neither), and its place in a status
 * list. It is valid until revoked, by a manager with a reason or because a new one superseded it;
 * while valid it holds the key of its subject and recipient, which the database allows once.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  /** Longest reason of a revocation. */
  public static final int MAX_REASON = 500;

  /** The reason kept for a certificate replaced by a new one: a code, written for each reader. */
  public static final String SUPERSEDED = "cert.revoked.superseded";

  /** What a certificate is now. */
  public enum Status {
    VALID,
    REVOKED,
    SUPERSEDED
  }

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "code")
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private CertificateContent.Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type")
  private SubjectType subjectType;

  @Column(name = "subject_id")
  private String subjectId;

  @Column(name = "recipient_id")
  private String recipientId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "recipient_name")
  private String recipientName;

  @Column(name = "title")
  private String title;

  @Column(name = "action_nature")
  private String actionNature;

  @Column(name = "know_how")
  private String knowHow;

  @Column(name = "craft")
  private String craft;

  @Column(name = "from_day")
  private LocalDate fromDay;

  @Column(name = "to_day")
  private LocalDate toDay;

  @Column(name = "attended_minutes")
  private int attendedMinutes;

  @Column(name = "planned_minutes")
  private int plannedMinutes;

  @Column(name = "trainer_name")
  private String trainerName;

  @Column(name = "manufacture_name")
  private String manufactureName;

  @Column(name = "manufacture_address")
  private String manufactureAddress;

  @Column(name = "manufacture_identifier")
  private String manufactureIdentifier;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "content_digest")
  private String contentDigest;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Lob
  @Column(name = "credential")
  private String credential;

  @Column(name = "kid")
  private String kid;

  // Read only when downloaded or checked against, not with every list or verification.
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf")
  private byte[] pdf;

  @Column(name = "pdf_sha256")
  private String pdfSha256;

  /** The SHA-256 of the credential, kept once the credential itself is erased. */
  @Column(name = "credential_sha256")
  private String credentialSha256;

  /** When the holder deleted their account: credential and PDF are gone, their digests stay. */
  @Column(name = "erased_at")
  private Instant erasedAt;

  @Column(name = "status_list")
  private int statusList;

  @Column(name = "status_index")
  private int statusIndex;

  @Column(name = "live_key")
  private String liveKey;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revocation_reason")
  private String revocationReason;

  @Column(name = "superseded_by")
  private String supersededBy;

  protected Certificate() {}

  /** Who and what a certificate is about. */
  public record Subject(SubjectType type, String id, String recipientId, String manufactureId) {

    /** The key a valid certificate of this subject and recipient holds, once in the database. */
    String liveKey() {
      return (type == SubjectType.TRAINING_SESSION ? "S:" : "V:") + id + "/" + recipientId;
    }
  }

  Certificate(
      Subject subject,
      CertificateContent content,
      Instant issuedAt,
      String credential,
      String kid,
      CertificatePdf.Rendered pdf,
      StatusListEntry status,
      int statusList) {
    this.id = Ids.newId();
    this.code = content.code().value();
    this.kind = content.kind();
    this.subjectType = subject.type();
    this.subjectId = subject.id();
    this.recipientId = subject.recipientId();
    this.manufactureId = subject.manufactureId();
    this.recipientName = content.recipientName();
    this.title = content.trainingTitle();
    this.actionNature = content.actionNature();
    this.knowHow = content.knowHow();
    this.craft = content.craft();
    this.fromDay = content.from();
    this.toDay = content.to();
    this.attendedMinutes = (int) content.attended().toMinutes();
    this.plannedMinutes = (int) content.planned().toMinutes();
    this.trainerName = content.trainerName();
    this.manufactureName = content.manufacture().name();
    this.manufactureAddress = content.manufacture().address();
    this.manufactureIdentifier = content.manufacture().identifier();
    this.issuedOn = content.issuedOn();
    this.contentDigest = ContentDigest.of(content);
    this.issuedAt = issuedAt;
    this.credential = credential;
    this.kid = kid;
    this.pdf = pdf.bytes();
    this.pdfSha256 = pdf.sha256();
    this.statusList = statusList;
    this.statusIndex = status.index();
    this.liveKey = subject.liveKey();
  }

  /**
   * Revokes the certificate for good: it stays, its bit in the status list is set, and anyone who
   * checks it is told why.
   */
  void revoke(String by, String reason, Instant now) {
    if (revokedAt != null) {
      throw DomainException.conflict("already-revoked", "problem.already-revoked");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "invalid.revocation.reason");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw DomainException.invalid("reason", "invalid.length.max", MAX_REASON);
    }
    this.revokedAt = now;
    this.revokedBy = by;
    this.revocationReason = reason.strip();
    this.liveKey = null;
  }

  /** Replaced by a new certificate of the same subject and recipient (a corrected register). */
  void supersede(Certificate next, String by, Instant now) {
    if (revokedAt == null) {
      revoke(by, SUPERSEDED, now);
    }
    this.supersededBy = next.id;
  }

  /** Whether the certificate states what this content states, its code and issue day aside. */
  boolean states(CertificateContent content) {
    return contentDigest.equals(ContentDigest.of(content));
  }

  public Status status() {
    if (revokedAt == null) {
      return Status.VALID;
    }
    return supersededBy == null ? Status.REVOKED : Status.SUPERSEDED;
  }

  public boolean isValid() {
    return revokedAt == null;
  }

  /** What the certificate states, as issued; its verification address given by the platform. */
  public CertificateContent content(URI verificationUrl) {
    return new CertificateContent(
        code(),
        kind,
        recipientName,
        title,
        actionNature,
        knowHow,
        craft,
        fromDay,
        toDay,
        Duration.ofMinutes(attendedMinutes),
        Duration.ofMinutes(plannedMinutes),
        trainerName,
        new CertificateContent.Manufacture(
            manufactureName, manufactureAddress, manufactureIdentifier),
        issuedOn,
        verificationUrl);
  }

  public String id() {
    return id;
  }

  public PublicCode code() {
    return new PublicCode(code);
  }

  public CertificateContent.Kind kind() {
    return kind;
  }

  public SubjectType subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String recipientId() {
    return recipientId;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String recipientName() {
    return recipientName;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public String title() {
    return title;
  }

  public Duration attended() {
    return Duration.ofMinutes(attendedMinutes);
  }

  public Duration planned() {
    return Duration.ofMinutes(plannedMinutes);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  /** The signed credential, a VC-JWT, as issued ("" once erased). */
  public String credential() {
    return credential;
  }

  /**
   * The holder deleted their account: their name gives way to the label, and the credential and the
   * PDF, which carry it, go; their digests stay, so that a copy the person kept is still
   * recognised. The code, the facts and the status stay verifiable.
   */
  void erase(String label, String credentialDigest, Instant now) {
    if (erasedAt != null) {
      return;
    }
    // the PDF first: touching the lazy attribute loads the rest of the row, which would otherwise
    // overwrite what was set before it
    pdf = new byte[0];
    recipientName = label;
    credentialSha256 = credentialDigest;
    credential = "";
    erasedAt = now;
  }

  /** Whether the holder deleted their account. */
  public boolean isErased() {
    return erasedAt != null;
  }

  /** Whether this is the credential issued, even once erased (then by its digest). */
  boolean issuedAs(String jwt, String digest) {
    return isErased() ? digest.equals(credentialSha256) : credential.equals(jwt);
  }

  public String kid() {
    return kid;
  }

  /** The PDF, byte for byte as issued. */
  public byte[] pdf() {
    return pdf.clone();
  }

  public String pdfSha256() {
    return pdfSha256;
  }

  public int statusList() {
    return statusList;
  }

  public int statusIndex() {
    return statusIndex;
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

  /**
   * Why it was revoked, to be written in the reader's language: the reason a person gave, as they
   * gave it, or the platform's own when it was superseded; null while valid.
   */
  public Message revocation() {
    if (revocationReason == null) {
      return null;
    }
    return SUPERSEDED.equals(revocationReason)
        ? Message.of(SUPERSEDED)
        : Message.of("words", revocationReason);
  }

  public String supersededBy() {
    return supersededBy;
  }
}
