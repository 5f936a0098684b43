package fr.passeurs.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named secrets drawn at first use (256 random bits) and kept in the database, never in the
 * repository: every instance of a cluster reads the same one. Two instances drawing at once keep
 * the first written.
 */
@ApplicationScoped
public class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Secrets self;

  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  /** The secret of that name, drawn now if there is none yet. */
  public byte[] of(String name) {
    return known.computeIfAbsent(
        name,
        n -> {
          try {
            return self.readOrDraw(n);
          } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // another instance drew it at the same moment: its secret is the one
            return self.readOrDraw(n);
          }
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] readOrDraw(String name) {
    PlatformSecret found = em.find(PlatformSecret.class, name);
    if (found == null) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      found = new PlatformSecret(name, Base64.getEncoder().encodeToString(secret), clock.instant());
      em.persist(found);
      em.flush();
    }
    return Base64.getDecoder().decode(found.secret());
  }
}
