package fr.passeurs.certificate.core;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's issuing keys: the one active key, which signs new certificates and status lists,
 * and the retired ones, which sign nothing more. All their public halves are published at {@code
 * /.well-known/jwks.json} ({@link #publicJwksJson}), so that a certificate signed years ago still
 * verifies after any number of rotations.
 *
 * <p>A key that leaked is not retired but {@linkplain #without removed}: the certificates it signed
 * then stop verifying (their key is unknown) and must be issued again.
 *
 * <p>Immutable: a rotation gives a new set, which the application stores.
 */
public final class SigningKeys {

  /** Active first, then the newest: the order of the published set. */
  private static final Comparator<IssuerKey> ORDER =
      Comparator.comparing(IssuerKey::active)
          .reversed()
          .thenComparing(IssuerKey::createdAt, Comparator.reverseOrder())
          .thenComparing(IssuerKey::kid);

  private final List<IssuerKey> keys;

  private SigningKeys(List<IssuerKey> keys) {
    this.keys = keys;
  }

  /**
   * The keys as stored.
   *
   * @throws IllegalArgumentException if two have the same kid or more than one is active
   */
  public static SigningKeys of(Collection<IssuerKey> keys) {
    Set<String> kids = new HashSet<>();
    int active = 0;
    for (IssuerKey key : keys) {
      if (!kids.add(key.kid())) {
        throw new IllegalArgumentException("Two signing keys have the kid " + key.kid());
      }
      active += key.active() ? 1 : 0;
    }
    if (active > 1) {
      throw new IllegalArgumentException("Only one signing key is active at a time, not " + active);
    }
    return new SigningKeys(keys.stream().sorted(ORDER).toList());
  }

  /** The first key of a platform: one new active key. */
  public static SigningKeys generate(Instant now) {
    return of(List.of(IssuerKey.generate(now)));
  }

  /**
   * A new active key, created {@code now}; the key that was active is retired and stays, so that
   * what it signed still verifies.
   */
  public SigningKeys rotate(Instant now) {
    return withActive(IssuerKey.generate(now));
  }

  /**
   * These keys with {@code key} as the active one (a key given by the operator, say), the others
   * retired.
   */
  public SigningKeys withActive(IssuerKey key) {
    List<IssuerKey> next = new ArrayList<>();
    for (IssuerKey k : keys) {
      if (!k.kid().equals(key.kid())) {
        next.add(k.retired());
      }
    }
    next.add(key.activated());
    return of(next);
  }

  /** These keys without the one named: for a key that leaked, whose signatures are worthless. */
  public SigningKeys without(String kid) {
    return new SigningKeys(keys.stream().filter(k -> !k.kid().equals(kid)).toList());
  }

  /**
   * The key that signs.
   *
   * @throws IllegalStateException if every key is retired
   */
  public IssuerKey active() {
    return keys.stream()
        .filter(IssuerKey::active)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No signing key is active"));
  }

  public Optional<IssuerKey> find(String kid) {
    return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
  }

  /** Every key, the active one first, then the newest. */
  public List<IssuerKey> all() {
    return keys;
  }

  /** The public halves of all the keys, active and retired. */
  public JWKSet publicJwks() {
    return new JWKSet(keys.stream().<JWK>map(IssuerKey::publicJwk).toList());
  }

  /** The JSON of {@code /.well-known/jwks.json}: public keys only, whatever this set holds. */
  public String publicJwksJson() {
    return publicJwks().toString(true);
  }

  @Override
  public String toString() {
    return "SigningKeys" + keys;
  }
}
