package fr.passeurs.people;

import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Audited;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.PersonalData;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's own data: everything Passeurs holds on them, gathered from every context ({@link
 * PersonalData}), and the deletion of their account. Deleting asks each context first what must be
 * handed over (know-how held, an apprenticeship led, sessions or visits ahead); then each context
 * forgets, and the account keeps only its id and a neutral label.
 */
@ApplicationScoped
@Transactional
public class MyData {

  @PersistenceContext private EntityManager em;
  @Inject @Any private Instance<PersonalData> parts;
  @Inject private AccountService accounts;
  @Inject private PasswordHasher passwords;
  @Inject private Clock clock;
  @Inject private Event<AccountChanged> changed;
  @Inject private Event<Audited> audited;

  /** The account as its owner reads it in the export. */
  public record AccountData(
      String id,
      String email,
      String displayName,
      List<Role> roles,
      String status,
      String manufactureId,
      LocalDate birthDate,
      String language,
      Instant createdAt,
      Instant activatedAt) {}

  /** Everything held on the caller, by part, the account first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Object> export(Caller caller) {
    Account account = accounts.me(caller);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("exportedAt", clock.instant());
    all.put(
        "account",
        new AccountData(
            account.id(),
            account.email(),
            account.displayName(),
            account.roles().stream().sorted().toList(),
            account.status().name(),
            account.manufactureId(),
            account.birthDate(),
            account.language(),
            account.createdAt(),
            account.activatedAt()));
    for (PersonalData part : ordered()) {
      all.put(part.part(), part.heldOn(account.id()));
    }
    audited.fire(
        Audited.onAccount(
            AuditAction.DATA_EXPORTED, caller, account.id(), account.manufactureId(), null));
    return all;
  }

  /** What the caller must hand over before deleting their account; empty when nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Message> handOverFirst(Caller caller) {
    Account account = accounts.me(caller);
    List<Message> first = new ArrayList<>();
    if (account.has(Role.ADMIN)) {
      first.add(Message.of("problem.hand-over.admin"));
    }
    if (account.has(Role.MANAGER)) {
      first.add(Message.of("problem.hand-over.manager"));
    }
    for (PersonalData part : ordered()) {
      first.addAll(part.handOverFirst(account.id()));
    }
    return first;
  }

  /**
   * Deletes the caller's account: refused (409 {@code hand-over-first}) while something must be
   * handed over; else every context forgets them, and the account keeps its id only.
   */
  public void erase(Caller caller) {
    List<Message> first = handOverFirst(caller);
    if (!first.isEmpty()) {
      throw DomainException.conflict("hand-over-first", "problem.hand-over-first", first);
    }
    Account account = accounts.find(caller.accountId());
    PersonalData.Erasure erasure =
        new PersonalData.Erasure(
            caller, account.displayName(), account.email(), Account.ERASED_NAME);
    for (PersonalData part : ordered()) {
      part.forget(erasure);
    }
    em.createQuery("DELETE FROM PasswordReset r WHERE r.accountId = :id")
        .setParameter("id", account.id())
        .executeUpdate();
    String manufacture = account.manufactureId();
    account.erase(passwords.hash(SecretTokens.newToken()), clock.instant());
    changed.fire(new AccountChanged(account.id()));
    audited.fire(
        Audited.onAccount(AuditAction.ACCOUNT_ERASED, caller, account.id(), manufacture, null));
  }

  private List<PersonalData> ordered() {
    return parts.stream().sorted(Comparator.comparing(PersonalData::part)).toList();
  }
}
