package fr.passeurs.certificate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import fr.passeurs.certificate.core.CredentialIssuer;
import fr.passeurs.certificate.core.CredentialVerifier;
import fr.passeurs.certificate.core.IssuerKey;
import fr.passeurs.certificate.core.IssuerProfile;
import fr.passeurs.platform.persistence.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's signing keys at work: at start, the key given by the configuration ({@code
 * passeurs.certificates.signing-key}, a PKCS#8 PEM file) becomes the active one, or, without one,
 * the stored generated key stays active, or a first key is generated and stored. Several instances
 * starting together agree on one key: the database allows one active key, and the instance that
 * loses the race reads the winner's. Every key ever used stays published, so that what it signed
 * still verifies.
 */
@ApplicationScoped
public class IssuerKeys {

  private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private IssuerKeys self;

  @Inject
  @ConfigProperty(name = "passeurs.certificates.signing-key")
  Optional<String> configuredPath;

  /** The key of the configuration, private half included; never stored whole. */
  private volatile IssuerKey configured;

  private volatile Loaded loaded;

  /** The keys as read: the one that signs (null if this instance cannot sign) and all public. */
  record Loaded(IssuerKey active, JWKSet published) {}

  void start(
      @Observes @Priority(DatabaseMigration.BOOTSTRAP + 50) @Initialized(ApplicationScoped.class)
          Object start) {
    try {
      self.prepare();
    } catch (RuntimeException raced) {
      // another instance stored its key at the same moment: read it, and agree with it
      LOG.info(() -> "Signing keys changed meanwhile, reading them again: " + raced);
      self.prepare();
    }
    loaded = null;
    LOG.info(() -> "Certificates are signed with the key " + current().active());
  }

  /** Makes sure one usable key is active. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void prepare() {
    StoredIssuerKey active =
        em.createQuery(
                "SELECT k FROM StoredIssuerKey k WHERE k.active = TRUE", StoredIssuerKey.class)
            .getResultStream()
            .findFirst()
            .orElse(null);
    String path = configuredPath.map(String::strip).filter(p -> !p.isEmpty()).orElse(null);
    if (path != null) {
      IssuerKey key = IssuerKey.fromPem(Path.of(path), clock.instant());
      StoredIssuerKey row = em.find(StoredIssuerKey.class, key.kid());
      if (row != null) {
        // the same key as before: keep the time it was first used
        key = IssuerKey.fromPem(Path.of(path), row.createdAt());
      }
      configured = key;
      if (row != null && row.active()) {
        return;
      }
      if (active != null) {
        active.retire();
        em.flush();
      }
      if (row == null) {
        em.persist(StoredIssuerKey.configured(key));
      } else {
        row.activate();
      }
      em.flush();
      LOG.info(() -> "The configured signing key " + configured.kid() + " is now active.");
      return;
    }
    configured = null;
    if (active != null && active.privateJwk() != null) {
      return;
    }
    if (active != null) {
      // a configured key that is no longer given cannot sign here: it is retired, still published
      active.retire();
      em.flush();
    }
    IssuerKey generated = IssuerKey.generate(clock.instant());
    em.persist(StoredIssuerKey.generated(generated));
    em.flush();
    LOG.info(() -> "A signing key was generated and stored: " + generated.kid());
  }

  /** Reads the keys from the database. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Loaded load() {
    List<StoredIssuerKey> rows =
        em.createQuery(
                "SELECT k FROM StoredIssuerKey k ORDER BY k.active DESC, k.createdAt DESC, k.kid",
                StoredIssuerKey.class)
            .getResultList();
    List<JWK> published = new ArrayList<>();
    IssuerKey active = null;
    for (StoredIssuerKey row : rows) {
      try {
        published.add(JWK.parse(row.publicJwk()));
      } catch (ParseException e) {
        throw new IllegalStateException("The stored key " + row.kid() + " is not a JWK", e);
      }
      if (row.active()) {
        if (row.privateJwk() != null) {
          active = IssuerKey.fromStoredJson(row.privateJwk(), true);
        } else if (configured != null && configured.kid().equals(row.kid())) {
          active = configured;
        }
      }
    }
    return new Loaded(active, new JWKSet(published));
  }

  private Loaded current() {
    Loaded current = loaded;
    if (current == null) {
      current = self.load();
      loaded = current;
    }
    return current;
  }

  /** Signs with the active key. */
  public CredentialIssuer issuer(IssuerProfile profile) {
    IssuerKey active = current().active();
    if (active == null) {
      loaded = null;
      active = current().active();
    }
    if (active == null) {
      throw new IllegalStateException(
          "The active signing key is given by the configuration of another instance: give this"
              + " one passeurs.certificates.signing-key too");
    }
    return new CredentialIssuer(profile, active);
  }

  /** Checks credentials against every key ever published; reads them again for an unknown kid. */
  public CredentialVerifier verifier() {
    return new CredentialVerifier(
        kid -> {
          JWK key = current().published().getKeyByKeyId(kid);
          if (key == null) {
            loaded = null;
            key = current().published().getKeyByKeyId(kid);
          }
          return Optional.ofNullable(key);
        });
  }

  /** The JSON of {@code /.well-known/jwks.json}: the public halves of every key, active first. */
  public String publicJwksJson() {
    return current().published().toString(true);
  }
}
