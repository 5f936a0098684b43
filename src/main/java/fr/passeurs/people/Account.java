package fr.passeurs.people;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Someone who logs in to Passeurs, with their roles. */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "email")
  private String email;

  @Column(name = "email_normalized")
  private String emailNormalized;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private AccountStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = new HashSet<>();

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  /** The language the person reads notifications and e-mails in: "fr" or "en". */
  @Column(name = "language")
  private String language = "fr";

  @Version
  @Column(name = "version")
  private long version;

  protected Account() {}

  private Account(
      String email,
      String displayName,
      String passwordHash,
      Role role,
      String manufactureId,
      Instant now) {
    this.id = Ids.newId();
    this.email = email.trim();
    this.emailNormalized = normalizeEmail(email);
    this.displayName = displayName.trim();
    this.passwordHash = passwordHash;
    this.roles.add(role);
    this.manufactureId = manufactureId;
    this.createdAt = now;
    this.status = AccountStatus.PENDING;
  }

  /** An apprentice or a teacher: active at once. */
  static Account learnerOrTeacher(
      String email, String displayName, String passwordHash, Role role, Instant now) {
    Account account = new Account(email, displayName, passwordHash, role, null, now);
    account.activate(now);
    return account;
  }

  /** An artisan of a manufacture: pending until a manager of that manufacture activates them. */
  static Account artisan(
      String email, String displayName, String passwordHash, String manufactureId, Instant now) {
    return new Account(email, displayName, passwordHash, Role.ARTISAN, manufactureId, now);
  }

  /** A manager appointed by the admin: active at once. */
  static Account manager(
      String email, String displayName, String passwordHash, String manufactureId, Instant now) {
    Account account =
        new Account(email, displayName, passwordHash, Role.MANAGER, manufactureId, now);
    account.activate(now);
    return account;
  }

  /** The platform's admin. */
  static Account admin(String email, String displayName, String passwordHash, Instant now) {
    Account account = new Account(email, displayName, passwordHash, Role.ADMIN, null, now);
    account.activate(now);
    return account;
  }

  /** E-mail addresses are compared case-insensitively: this is the form that is compared. */
  public static String normalizeEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  void activate(Instant now) {
    if (status == AccountStatus.ACTIVE) {
      throw DomainException.conflict("already-active", "problem.already-active");
    }
    status = AccountStatus.ACTIVE;
    activatedAt = now;
  }

  /**
   * Makes this account a manager of the manufacture. Someone who already belongs to another
   * manufacture (as its artisan or manager) cannot run this one too.
   */
  void appointManagerOf(String manufacture, Instant now) {
    if (manufactureId != null && !manufactureId.equals(manufacture)) {
      throw DomainException.conflict("other-manufacture", "problem.other-manufacture");
    }
    if (isManagerOf(manufacture)) {
      throw DomainException.conflict("already-manager", "problem.already-manager");
    }
    manufactureId = manufacture;
    roles.add(Role.MANAGER);
    if (status != AccountStatus.ACTIVE) {
      activate(now);
    }
  }

  /** What the person says of themselves. */
  void describe(String displayName, LocalDate birthDate) {
    this.displayName = displayName.trim();
    this.birthDate = birthDate;
  }

  /** The password changes; only its hash is kept. */
  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  boolean isManagerOf(String manufacture) {
    return roles.contains(Role.MANAGER) && manufacture.equals(manufactureId);
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public AccountStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public String manufactureId() {
    return manufactureId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** The language the person reads Passeurs in. */
  public String language() {
    return language == null ? "fr" : language;
  }

  /** The person reads Passeurs in this language from now on ("fr" or "en"). */
  void speak(String language) {
    if (!"fr".equals(language) && !"en".equals(language)) {
      throw DomainException.invalid("language", "invalid.one-of", List.of("fr", "en"));
    }
    this.language = language;
  }

  public AccountSummary summary() {
    return new AccountSummary(id, displayName, roles(), status, manufactureId, birthDate);
  }
}
