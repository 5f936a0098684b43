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

  /** Why the account may not log in (refused, deactivated) or was reactivated, as written. */
  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_changed_by")
  private String statusChangedBy;

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

  /** What stands for the name of someone who deleted their account, in every language. */
  public static final String ERASED_NAME = "Compte supprimé · deleted account";

  /**
   * The owner deletes the account: the row stays for the records that keep its id, with a neutral
   * name, an address that can receive nothing (unique, so that the address may register again), no
   * usable password and no birth date.
   */
  void erase(String unusableHash, Instant now) {
    displayName = ERASED_NAME;
    email = "erased-" + id + "@passeurs.invalid";
    emailNormalized = email;
    passwordHash = unusableHash;
    birthDate = null;
    changeStatus(AccountStatus.ERASED, id, null, now);
  }

  /** The longest reason kept for a refusal, a deactivation or a reactivation. */
  public static final int MAX_REASON = 500;

  /** A manager (or the admin) refuses a pending artisan: they are told why when they log in. */
  void refuse(String by, String reason, Instant now) {
    if (status != AccountStatus.PENDING) {
      throw DomainException.conflict("account-not-pending", "problem.account.not-pending");
    }
    changeStatus(AccountStatus.REFUSED, by, required(reason), now);
  }

  /** The account may no longer log in; its data stay. Said why when it tries. */
  void deactivate(String by, String reason, Instant now) {
    if (status != AccountStatus.ACTIVE) {
      throw DomainException.conflict("account-not-active", "problem.account.not-active");
    }
    changeStatus(AccountStatus.DISABLED, by, required(reason), now);
  }

  /** A deactivated or refused account may log in again; the reason is optional. */
  void reactivate(String by, String reason, Instant now) {
    if (status != AccountStatus.DISABLED && status != AccountStatus.REFUSED) {
      throw DomainException.conflict("account-not-inactive", "problem.account.not-inactive");
    }
    String kept = reason == null || reason.isBlank() ? null : checkedLength(reason);
    changeStatus(AccountStatus.ACTIVE, by, kept, now);
    if (activatedAt == null) {
      activatedAt = now;
    }
  }

  private void changeStatus(AccountStatus to, String by, String reason, Instant now) {
    status = to;
    statusReason = reason;
    statusChangedAt = now;
    statusChangedBy = by;
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "invalid.account.reason");
    }
    return checkedLength(reason);
  }

  private static String checkedLength(String reason) {
    String kept = reason.strip();
    if (kept.length() > MAX_REASON) {
      throw DomainException.invalid("reason", "invalid.length.max", MAX_REASON);
    }
    return kept;
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

  /**
   * This account no longer runs the manufacture. It stays of the manufacture if it is one of its
   * artisans; with no role left it can no longer log in.
   */
  void removeAsManagerOf(String manufacture, String by, Instant now) {
    if (!isManagerOf(manufacture)) {
      throw DomainException.notFound("manager", id);
    }
    roles.remove(Role.MANAGER);
    if (!roles.contains(Role.ARTISAN)) {
      manufactureId = null;
    }
    if (roles.isEmpty() && status == AccountStatus.ACTIVE) {
      changeStatus(AccountStatus.DISABLED, by, null, now);
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

  /** Why the account was last refused, deactivated or reactivated; null if nobody said. */
  public String statusReason() {
    return statusReason;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  /** Who last refused, deactivated or reactivated the account. */
  public String statusChangedBy() {
    return statusChangedBy;
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
