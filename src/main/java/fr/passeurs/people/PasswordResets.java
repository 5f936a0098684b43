package fr.passeurs.people;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.PrivateMail;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "Mot de passe oublié": a single-use link, valid one hour, that sets a new password. Asked for by
 * e-mail address, it is mailed to that address when mail is configured, and nothing tells the asker
 * whether the address has an account. Without mail, the admin (for anyone) or a manager (for the
 * artisans of their manufacture) produces the link and hands it over.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  /** A second link is not mailed to the same account within this time: no mail bombing. */
  static final Duration BETWEEN_MAILS = Duration.ofMinutes(1);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AccountService accounts;
  @Inject private PasswordHasher passwords;
  @Inject private Event<PrivateMail> mail;
  @Inject private Event<AccountChanged> changed;

  /** A link and when it stops working. */
  public record Link(String path, Instant expiresAt) {}

  /** Mails a link to the account of that address, if there is an active one. Says nothing. */
  public void request(String email) {
    if (email == null || email.isBlank()) {
      throw DomainException.invalid("email", "invalid.required");
    }
    Optional<Account> found = accounts.byEmail(email).filter(Account::isActive);
    if (found.isEmpty()) {
      return;
    }
    Account account = found.get();
    Instant now = clock.instant();
    Long recent =
        em.createQuery(
                "SELECT COUNT(r) FROM PasswordReset r WHERE r.accountId = :account"
                    + " AND r.createdAt > :since",
                Long.class)
            .setParameter("account", account.id())
            .setParameter("since", now.minus(BETWEEN_MAILS))
            .getSingleResult();
    if (recent > 0) {
      return;
    }
    Link link = issue(account, now);
    mail.fire(
        new PrivateMail(
            account.id(),
            Message.of("mail.password-reset.subject"),
            Message.of("mail.password-reset.body", link.expiresAt()),
            link.path()));
  }

  /** The admin, or a manager for an artisan of their manufacture, produces a link to hand over. */
  public Link produce(Caller caller, String accountId) {
    Account account = accounts.find(accountId);
    boolean managerOfArtisan =
        account.has(Role.ARTISAN)
            && account.manufactureId() != null
            && caller.isManagerOf(account.manufactureId());
    if (!caller.isAdmin() && !managerOfArtisan) {
      throw DomainException.forbidden("forbidden.password-reset.produce");
    }
    if (!account.isActive()) {
      throw DomainException.conflict("account-not-active", "problem.password-reset.not-active");
    }
    return issue(account, clock.instant());
  }

  /** Sets the new password with a link that still works, which then works no more. */
  public void reset(String token, String newPassword) {
    AccountService.checkPassword("password", newPassword);
    Instant now = clock.instant();
    String hash = token == null || token.isBlank() ? null : SecretTokens.digest(token);
    PasswordReset reset = hash == null ? null : em.find(PasswordReset.class, hash);
    int used =
        reset == null
            ? 0
            : em.createQuery(
                    "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.tokenHash = :hash"
                        + " AND r.usedAt IS NULL AND r.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("hash", hash)
                .executeUpdate();
    if (used != 1) {
      throw DomainException.invalid("token", "invalid.password-reset.unusable");
    }
    Account account = accounts.find(reset.accountId());
    if (!account.isActive()) {
      throw DomainException.invalid("token", "invalid.password-reset.unusable");
    }
    account.changePassword(passwords.hash(newPassword));
    // the other links of that account, if any, work no more either
    em.createQuery(
            "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.accountId = :account"
                + " AND r.usedAt IS NULL")
        .setParameter("now", now)
        .setParameter("account", account.id())
        .executeUpdate();
    changed.fire(new AccountChanged(account.id()));
  }

  private Link issue(Account account, Instant now) {
    String token = SecretTokens.newToken();
    PasswordReset reset = new PasswordReset(SecretTokens.digest(token), account.id(), now);
    em.persist(reset);
    return new Link("/password-reset.xhtml?token=" + token, reset.expiresAt());
  }
}
