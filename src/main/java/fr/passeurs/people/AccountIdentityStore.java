package fr.passeurs.people;

import fr.passeurs.platform.Role;
import fr.passeurs.platform.security.LoginCheck;
import fr.passeurs.platform.security.PasswordCheck;
import fr.passeurs.platform.security.SessionCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks e-mail and password (API calls, the login page) and the account of a logged-in session
 * against the {@code account} table. The caller principal is the account's id; its groups are its
 * roles. Only active accounts get in.
 *
 * <p>PBKDF2 is slow on purpose, so a successful e-mail and password check is remembered for a short
 * while (keyed by an HMAC of the password under a key that lives only in memory), and forgotten at
 * once when any account changes.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore, PasswordCheck {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher passwords;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "passeurs.login.cache-seconds", defaultValue = "60")
  long cacheSeconds;

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
  private final byte[] cacheKey = new SecureRandom().generateSeed(32);

  private record Remembered(String accountId, Set<String> groups, Instant until) {}

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login) {
      return check(login.getCaller(), login.getPasswordAsString()).validation();
    }
    if (credential instanceof SessionCredential session) {
      Account account = em.find(Account.class, session.accountId());
      return account != null && account.isActive()
          ? valid(account.id(), groupsOf(account))
          : CredentialValidationResult.INVALID_RESULT;
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  /**
   * The account this e-mail and password open; a wrong pair whether the e-mail is unknown or the
   * password wrong (both take the time of one hash); the status of an account that is not active,
   * only to who gives its right password.
   */
  @Override
  public LoginCheck check(String email, String password) {
    if (email == null || password == null) {
      return LoginCheck.wrong();
    }
    String normalized = Account.normalizeEmail(email);
    String key = normalized + '\n' + fingerprint(password);
    Instant now = clock.instant();
    Remembered known = remembered.get(key);
    if (known != null && known.until().isAfter(now)) {
      return LoginCheck.valid(valid(known.accountId(), known.groups()));
    }
    List<Account> found =
        em.createQuery("SELECT a FROM Account a WHERE a.emailNormalized = :email", Account.class)
            .setParameter("email", normalized)
            .getResultList();
    if (found.isEmpty()) {
      passwords.spendTimeOfACheck(password);
      return LoginCheck.wrong();
    }
    Account account = found.get(0);
    if (!passwords.matches(password, account.passwordHash())) {
      return LoginCheck.wrong();
    }
    if (!account.isActive()) {
      return LoginCheck.inactive(account.status().name(), account.statusReason());
    }
    Set<String> groups = groupsOf(account);
    if (remembered.size() > 10_000) {
      remembered.clear();
    }
    remembered.put(
        key, new Remembered(account.id(), groups, now.plus(Duration.ofSeconds(cacheSeconds))));
    return LoginCheck.valid(valid(account.id(), groups));
  }

  /** Forgets remembered logins once a change to an account is committed. */
  void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
    remembered.clear();
  }

  private static CredentialValidationResult valid(String accountId, Set<String> groups) {
    return new CredentialValidationResult(accountId, groups);
  }

  private static Set<String> groupsOf(Account account) {
    return account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
  }

  private String fingerprint(String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
