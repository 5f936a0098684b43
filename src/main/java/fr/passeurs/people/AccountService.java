package fr.passeurs.people;

import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Audited;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DateRules;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.LanguageChosen;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.Notice;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.persistence.InLists;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.workshop.ManufactureService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Use cases of accounts: registering, activating artisans, appointing managers. */
@ApplicationScoped
@Transactional
public class AccountService {

  /** The roles one may choose when registering; the others are given. */
  public static final Set<Role> SELF_REGISTERED =
      Set.of(Role.APPRENTICE, Role.TEACHER, Role.ARTISAN);

  /** Their names, as a registration gives them, in the order they are offered. */
  public static final List<String> SELF_REGISTERED_NAMES =
      List.of(Role.APPRENTICE.name(), Role.TEACHER.name(), Role.ARTISAN.name());

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher passwords;
  @Inject private Clock clock;
  @Inject private ManufactureService manufactures;
  @Inject private Event<AccountChanged> changed;
  @Inject private Event<Notice> notices;
  @Inject private Event<Audited> audited;

  /** A person registering themselves; the birth date is optional. */
  public record Registration(
      String email,
      String password,
      String displayName,
      Role role,
      String manufactureId,
      LocalDate birthDate) {

    public Registration(
        String email, String password, String displayName, Role role, String manufactureId) {
      this(email, password, displayName, role, manufactureId, null);
    }
  }

  /** Where to reach an account: for mail. */
  /** How to reach a person, and the language they read. */
  public record Contact(String id, String email, String displayName, String language) {}

  /** Who the admin appoints as a manager: an existing account by e-mail, or a new one. */
  public record Appointment(String email, String displayName, String password) {}

  /** The manager's account and whether it was created by the appointment. */
  public record Appointed(Account account, boolean created) {}

  public Account register(Registration registration) {
    Role role = registration.role();
    if (!SELF_REGISTERED.contains(role)) {
      throw DomainException.invalid("role", "invalid.one-of", SELF_REGISTERED_NAMES);
    }
    checkPassword(registration.password());
    Account account;
    if (role == Role.ARTISAN) {
      String manufacture = registration.manufactureId();
      if (manufacture == null || manufacture.isBlank()) {
        throw DomainException.invalid("manufactureId", "invalid.registration.manufacture-needed");
      }
      if (!manufactures.exists(manufacture)) {
        throw DomainException.invalid("manufactureId", "invalid.manufacture.unknown");
      }
      account =
          Account.artisan(
              registration.email(),
              registration.displayName(),
              passwords.hash(registration.password()),
              manufacture,
              clock.instant());
    } else {
      if (registration.manufactureId() != null && !registration.manufactureId().isBlank()) {
        throw DomainException.invalid(
            "manufactureId", "invalid.registration.manufacture-not-artisan");
      }
      account =
          Account.learnerOrTeacher(
              registration.email(),
              registration.displayName(),
              passwords.hash(registration.password()),
              role,
              clock.instant());
    }
    account.describe(registration.displayName(), checkBirthDate(registration.birthDate()));
    return persistNew(account);
  }

  /** The caller changes what they say of themselves. */
  public Account describeMe(Caller caller, String displayName, LocalDate birthDate) {
    return describeMe(caller, displayName, birthDate, null);
  }

  /** The same, and the language they read Passeurs in when given ("fr" or "en"). */
  public Account describeMe(
      Caller caller, String displayName, LocalDate birthDate, String language) {
    caller.requireAuthenticated();
    Account account = find(caller.accountId());
    if (language != null) {
      account.speak(language);
    }
    account.describe(displayName, checkBirthDate(birthDate));
    changed.fire(new AccountChanged(account.id()));
    return account;
  }

  /** Refuses (400 on {@code field}) unless this is the caller's current password. */
  public void confirmMyPassword(Caller caller, String field, String password) {
    caller.requireAuthenticated();
    Account account = find(caller.accountId());
    if (password == null || !passwords.matches(password, account.passwordHash())) {
      throw DomainException.invalid(field, "invalid.password.current");
    }
  }

  /** The caller sets a new password, giving the current one. */
  public void changeMyPassword(Caller caller, String currentPassword, String newPassword) {
    caller.requireAuthenticated();
    Account account = find(caller.accountId());
    if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
      throw DomainException.invalid("currentPassword", "invalid.password.current");
    }
    checkPassword("newPassword", newPassword);
    account.changePassword(passwords.hash(newPassword));
    changed.fire(new AccountChanged(account.id()));
  }

  private LocalDate checkBirthDate(LocalDate birthDate) {
    return DateRules.birthDate(
        "birthDate", birthDate, LocalDate.now(clock.withZone(ClockProducer.PARIS)));
  }

  /** How to reach this account, if it exists. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Contact> contact(String id) {
    return Optional.ofNullable(Ids.isWellFormed(id) ? em.find(Account.class, id) : null)
        .map(a -> new Contact(a.id(), a.email(), a.displayName(), a.language()));
  }

  /**
   * How to reach each of these accounts, by id; unknown ids are left out. Read a hundred at a time,
   * as plain columns, for the notices of a whole matching round.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Contact> contacts(Collection<String> ids) {
    List<String> distinct = ids.stream().distinct().toList();
    Map<String, Contact> contacts = new HashMap<>();
    for (List<String> some : InLists.of(distinct)) {
      em.createQuery(
              "SELECT a.id, a.email, a.displayName, a.language FROM Account a WHERE a.id IN :ids",
              Object[].class)
          .setParameter("ids", some)
          .getResultList()
          .forEach(
              row ->
                  contacts.put(
                      (String) row[0],
                      new Contact(
                          (String) row[0], (String) row[1], (String) row[2], (String) row[3])));
    }
    return contacts;
  }

  /** The language chosen on the pages' switch by someone logged in becomes theirs. */
  void languageChosen(@Observes LanguageChosen chosen) {
    Account account = em.find(Account.class, chosen.accountId());
    if (account != null && !account.language().equals(chosen.language())) {
      account.speak(chosen.language());
    }
  }

  /** A manager of the artisan's manufacture (or the admin) lets a pending artisan in. */
  public Account activate(Caller caller, String accountId) {
    Account account = find(accountId);
    if (!caller.isAdmin()
        && !(account.manufactureId() != null && caller.isManagerOf(account.manufactureId()))) {
      throw DomainException.forbidden("forbidden.account.activate");
    }
    account.activate(clock.instant());
    changed.fire(new AccountChanged(account.id()));
    audit(AuditAction.ACCOUNT_ACTIVATED, caller, account, null);
    return account;
  }

  /**
   * A manager of the artisan's manufacture (or the admin) turns a pending registration down, saying
   * why; the person is told, and told again when they try to log in.
   */
  public Account refuse(Caller caller, String accountId, String reason) {
    Account account = find(accountId);
    if (!caller.isAdmin()
        && !(account.manufactureId() != null && caller.isManagerOf(account.manufactureId()))) {
      throw DomainException.forbidden("forbidden.account.refuse");
    }
    account.refuse(caller.accountId(), reason, clock.instant());
    audit(AuditAction.ACCOUNT_REFUSED, caller, account, account.statusReason());
    tell(
        account,
        "ACCOUNT_REFUSED",
        Message.of("notice.account-refused.title"),
        Message.of("notice.account-refused.body", account.statusReason()));
    return account;
  }

  /**
   * The account can no longer log in; everything it did stays. The admin deactivates anyone but
   * themselves; a manager, the artisans of their manufacture who do not run it with them.
   */
  public Account deactivate(Caller caller, String accountId, String reason) {
    Account account = find(accountId);
    mayChangeStatus(caller, account);
    account.deactivate(caller.accountId(), reason, clock.instant());
    audit(AuditAction.ACCOUNT_DEACTIVATED, caller, account, account.statusReason());
    tell(
        account,
        "ACCOUNT_DEACTIVATED",
        Message.of("notice.account-deactivated.title"),
        Message.of("notice.account-deactivated.body", account.statusReason()));
    return account;
  }

  /** A deactivated or refused account may log in again (same rights as deactivating). */
  public Account reactivate(Caller caller, String accountId, String reason) {
    Account account = find(accountId);
    mayChangeStatus(caller, account);
    account.reactivate(caller.accountId(), reason, clock.instant());
    audit(AuditAction.ACCOUNT_REACTIVATED, caller, account, account.statusReason());
    tell(
        account,
        "ACCOUNT_REACTIVATED",
        Message.of("notice.account-reactivated.title"),
        account.statusReason() == null
            ? Message.of("notice.account-reactivated.body")
            : Message.of("notice.account-reactivated.body-reason", account.statusReason()));
    return account;
  }

  private static void mayChangeStatus(Caller caller, Account account) {
    if (caller.is(account.id())) {
      throw DomainException.forbidden("forbidden.account.own-status");
    }
    if (caller.isAdmin()) {
      return;
    }
    boolean ownArtisan =
        account.has(Role.ARTISAN)
            && !account.has(Role.MANAGER)
            && !account.has(Role.ADMIN)
            && account.manufactureId() != null
            && caller.isManagerOf(account.manufactureId());
    if (!ownArtisan) {
      throw DomainException.forbidden("forbidden.account.status");
    }
  }

  private void audit(AuditAction action, Caller caller, Account account, String detail) {
    audited.fire(Audited.onAccount(action, caller, account.id(), account.manufactureId(), detail));
  }

  private void tell(Account account, String kind, Message title, Message body) {
    changed.fire(new AccountChanged(account.id()));
    notices.fire(new Notice(account.id(), kind, title, body, "/login.xhtml", null));
  }

  /**
   * The admin takes the manager role back. The person stays an artisan of the manufacture if they
   * are one; left with no role, the account is deactivated.
   */
  public Account removeManager(Caller caller, String manufactureId, String accountId) {
    if (!caller.isAdmin()) {
      throw DomainException.forbidden("forbidden.account.appoint");
    }
    manufactures.get(manufactureId);
    Account account = find(accountId);
    account.removeAsManagerOf(manufactureId, caller.accountId(), clock.instant());
    changed.fire(new AccountChanged(account.id()));
    audited.fire(
        Audited.onAccount(AuditAction.MANAGER_REMOVED, caller, account.id(), manufactureId, null));
    return account;
  }

  /** The managers of a manufacture, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Account> managersOf(String manufactureId) {
    return em.createQuery(
            "SELECT a FROM Account a JOIN a.roles r WHERE r = :manager"
                + " AND a.manufactureId = :manufacture ORDER BY a.displayName, a.id",
            Account.class)
        .setParameter("manager", Role.MANAGER)
        .setParameter("manufacture", manufactureId)
        .getResultList();
  }

  public Appointed appointManager(Caller caller, String manufactureId, Appointment appointment) {
    if (!caller.isAdmin()) {
      throw DomainException.forbidden("forbidden.account.appoint");
    }
    manufactures.get(manufactureId);
    Optional<Account> existing = byEmail(appointment.email());
    if (existing.isPresent()) {
      Account account = existing.get();
      account.appointManagerOf(manufactureId, clock.instant());
      changed.fire(new AccountChanged(account.id()));
      audited.fire(
          Audited.onAccount(
              AuditAction.MANAGER_APPOINTED, caller, account.id(), manufactureId, null));
      return new Appointed(account, false);
    }
    List<String> missing = new ArrayList<>();
    if (appointment.displayName() == null || appointment.displayName().isBlank()) {
      missing.add("displayName");
    }
    if (appointment.password() == null) {
      missing.add("password");
    }
    if (!missing.isEmpty()) {
      throw DomainException.invalid(
          missing.stream()
              .map(field -> new FieldError(field, "invalid.appointment.new-account-needs"))
              .toList());
    }
    checkPassword(appointment.password());
    Account account =
        Account.manager(
            appointment.email(),
            appointment.displayName(),
            passwords.hash(appointment.password()),
            manufactureId,
            clock.instant());
    Appointed appointed = new Appointed(persistNew(account), true);
    audited.fire(
        Audited.onAccount(
            AuditAction.MANAGER_APPOINTED, caller, appointed.account().id(), manufactureId, null));
    return appointed;
  }

  /** Creates the first admin, if there is no admin yet. Returns whether it did. */
  public boolean createFirstAdmin(String email, String displayName, String password) {
    if (hasAdmin()) {
      return false;
    }
    checkPassword(password);
    persistNew(Account.admin(email, displayName, passwords.hash(password), clock.instant()));
    return true;
  }

  /** Creates an active account with the given role, for demo data. */
  public Account createActive(
      String email, String displayName, String password, Role role, String manufactureId) {
    checkPassword(password);
    String hash = passwords.hash(password);
    Account account =
        switch (role) {
          case ADMIN -> Account.admin(email, displayName, hash, clock.instant());
          case MANAGER -> Account.manager(email, displayName, hash, manufactureId, clock.instant());
          case ARTISAN -> {
            Account artisan =
                Account.artisan(email, displayName, hash, manufactureId, clock.instant());
            artisan.activate(clock.instant());
            yield artisan;
          }
          case APPRENTICE, TEACHER ->
              Account.learnerOrTeacher(email, displayName, hash, role, clock.instant());
        };
    return persistNew(account);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasAdmin() {
    return !em.createQuery(
            "SELECT a.id FROM Account a JOIN a.roles r WHERE r = :admin", String.class)
        .setParameter("admin", Role.ADMIN)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The caller's own account. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Account me(Caller caller) {
    caller.requireAuthenticated();
    return find(caller.accountId());
  }

  /** An account, if the caller may see it: themselves, the admin, a manager of its manufacture. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Account get(Caller caller, String id) {
    Account account = find(id);
    boolean visible =
        caller.is(id)
            || caller.isAdmin()
            || (account.manufactureId() != null && caller.isManagerOf(account.manufactureId()));
    if (!visible) {
      throw DomainException.notFound("account", id);
    }
    return account;
  }

  /**
   * Accounts a manager runs (those of their manufacture) or, for the admin, any, filtered by
   * status, role and manufacture; the newest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Account> list(
      Caller caller, AccountStatus status, Role role, String manufactureId, PageRequest page) {
    return list(caller, null, status, role, manufactureId, page);
  }

  /**
   * The same, with the accounts whose name or e-mail holds {@code text} (case and accents as typed
   * are compared without case).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Account> list(
      Caller caller,
      String text,
      AccountStatus status,
      Role role,
      String manufactureId,
      PageRequest page) {
    String pattern = likePattern(text);
    String manufacture = manufactureId;
    if (!caller.isAdmin()) {
      if (!caller.has(Role.MANAGER)) {
        throw DomainException.forbidden("forbidden.account.list");
      }
      if (manufacture != null && !caller.isManagerOf(manufacture)) {
        throw DomainException.forbidden("forbidden.account.list-own-manufacture");
      }
      manufacture = caller.manufactureId();
    }
    StringBuilder where =
        new StringBuilder(role == null ? " WHERE 1 = 1" : " JOIN a.roles r WHERE r = :role");
    if (status != null) {
      where.append(" AND a.status = :status");
    }
    if (manufacture != null) {
      where.append(" AND a.manufactureId = :manufacture");
    }
    if (pattern != null) {
      where.append(
          " AND (LOWER(a.displayName) LIKE :text ESCAPE '!' OR a.emailNormalized LIKE :text"
              + " ESCAPE '!')");
    }
    TypedQuery<Account> items =
        em.createQuery(
            "SELECT a FROM Account a" + where + " ORDER BY a.createdAt DESC, a.id", Account.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class);
    for (TypedQuery<?> query : List.of(items, count)) {
      if (status != null) {
        query.setParameter("status", status);
      }
      if (role != null) {
        query.setParameter("role", role);
      }
      if (manufacture != null) {
        query.setParameter("manufacture", manufacture);
      }
      if (pattern != null) {
        query.setParameter("text", pattern);
      }
    }
    return page.page(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /** {@code %text%} for LIKE, lower case, its wildcards escaped with '!'; null for no text. */
  static String likePattern(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  /** The language an account is written to in ("fr" or "en"). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> languageOf(String id) {
    return Optional.ofNullable(Ids.isWellFormed(id) ? em.find(Account.class, id) : null)
        .map(Account::language);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AccountSummary> summary(String id) {
    return Optional.ofNullable(Ids.isWellFormed(id) ? em.find(Account.class, id) : null)
        .map(Account::summary);
  }

  /**
   * Summaries of these accounts, by id; unknown ids are left out. However many (a matching round
   * asks for every applicant), they are read a hundred at a time, as plain columns joined to their
   * roles (one row per role): H2 compares each row with every value of an IN list, and reading
   * whole accounts would build and track an entity (password hash and all) for each.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, AccountSummary> summaries(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<String> distinct = ids.stream().distinct().toList();
    Map<String, Object[]> columns = new HashMap<>();
    Map<String, Set<Role>> roles = new HashMap<>();
    for (List<String> some : InLists.of(distinct)) {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT a.id, a.displayName, a.status, a.manufactureId, a.birthDate, r"
                      + " FROM Account a LEFT JOIN a.roles r WHERE a.id IN :ids",
                  Object[].class)
              .setParameter("ids", some)
              .getResultList();
      for (Object[] row : rows) {
        String id = (String) row[0];
        columns.putIfAbsent(id, row);
        Set<Role> mine = roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
        if (row[5] != null) {
          mine.add((Role) row[5]);
        }
      }
    }
    Map<String, AccountSummary> summaries = new HashMap<>();
    columns.forEach(
        (id, row) ->
            summaries.put(
                id,
                new AccountSummary(
                    id,
                    (String) row[1],
                    Set.copyOf(roles.get(id)),
                    (AccountStatus) row[2],
                    (String) row[3],
                    (LocalDate) row[4])));
    return summaries;
  }

  /**
   * The artisans of a manufacture, active or pending, by name: to choose the holders of an entry.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AccountSummary> artisansOf(String manufactureId) {
    if (manufactureId == null) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT a FROM Account a JOIN a.roles r WHERE r = :artisan"
                + " AND a.manufactureId = :manufacture AND a.status IN :open"
                + " ORDER BY a.displayName",
            Account.class)
        .setParameter("artisan", Role.ARTISAN)
        .setParameter("manufacture", manufactureId)
        .setParameter("open", List.of(AccountStatus.PENDING, AccountStatus.ACTIVE))
        .getResultList()
        .stream()
        .map(Account::summary)
        .toList();
  }

  Account find(String id) {
    Account account = Found.or404(em, Account.class, id, "account");
    return account;
  }

  Optional<Account> byEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.emailNormalized = :email", Account.class)
        .setParameter("email", Account.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  private Account persistNew(Account account) {
    if (byEmail(account.email()).isPresent()) {
      throw emailTaken();
    }
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException e) {
      // two registrations of the same e-mail at once: the unique key decides
      throw emailTaken();
    }
    changed.fire(new AccountChanged(account.id()));
    return account;
  }

  private static DomainException emailTaken() {
    return DomainException.conflict("email-taken", "problem.email-taken");
  }

  private static void checkPassword(String password) {
    checkPassword("password", password);
  }

  static void checkPassword(String field, String password) {
    if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
      throw DomainException.invalid(field, "invalid.length.min", PasswordHasher.MIN_LENGTH);
    }
  }
}
