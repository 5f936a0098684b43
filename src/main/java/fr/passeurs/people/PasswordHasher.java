package fr.passeurs.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 (HMAC-SHA-256). Each hash records its own
 * iteration count and salt, so raising {@code passeurs.password.iterations} later keeps older
 * hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

  /** Passwords are at least this long. */
  public static final int MIN_LENGTH = 10;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "passeurs.password.iterations", defaultValue = "210000")
  int iterations;

  /** Compared against when the e-mail is unknown, so that both answers take as long. */
  private String decoy;

  /** Jakarta Security's PBKDF2 refuses fewer iterations than this. */
  static final int MIN_ITERATIONS = 1024;

  @PostConstruct
  void configure() {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalStateException(
          "passeurs.password.iterations must be at least "
              + MIN_ITERATIONS
              + ", not "
              + iterations);
    }
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("no account has this password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the time of a real check, for an e-mail that matches no account. */
  void spendTimeOfACheck(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
