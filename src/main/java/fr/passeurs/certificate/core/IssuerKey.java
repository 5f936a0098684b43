package fr.passeurs.certificate.core;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

/**
 * One of the platform's keys for signing certificates: an RSA key pair used with RS256, named by
 * its {@code kid} (the base64url SHA-256 thumbprint of its public key, RFC 7638), created at a
 * known time, active (it signs new certificates) or retired (it signs nothing more, but its public
 * half stays published so that the certificates it signed still verify).
 *
 * <p>Why RSA and not Ed25519: Nimbus signs and verifies EdDSA only through Google Tink, an extra
 * dependency of a few megabytes for one algorithm; and RS256 is what every JOSE library verifies.
 * Generated keys have 3,072 bits, the size ANSSI asks of keys that must stay safe beyond 2030, as
 * certificates must; a key given in a PEM file may have 2,048 bits or more.
 *
 * <p>The application encrypts nothing itself: a generated key is kept in the database as its
 * private JWK ({@link #toStoredJson}), protected only by the database's own access rights and those
 * of its backups; an operator who wants the private key out of the database gives it as a PKCS#8
 * PEM ({@link #fromPem}) from a secret of the environment instead.
 */
public final class IssuerKey {

  /** The only algorithm the platform signs with. */
  public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;

  static final int GENERATED_BITS = 3072;
  static final int MINIMUM_BITS = 2048;

  private final RSAKey jwk;
  private final Instant createdAt;
  private final boolean active;

  private IssuerKey(RSAKey jwk, Instant createdAt, boolean active) {
    this.jwk = jwk;
    this.createdAt = createdAt;
    this.active = active;
  }

  /** A new active key of 3,072 bits, created at {@code now} (to the second, as JWKs keep it). */
  public static IssuerKey generate(Instant now) {
    Instant created = now.truncatedTo(ChronoUnit.SECONDS);
    try {
      RSAKey jwk =
          new RSAKeyGenerator(GENERATED_BITS)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(ALGORITHM)
              .issueTime(Date.from(created))
              .keyIDFromThumbprint(true)
              .generate();
      return new IssuerKey(jwk, created, true);
    } catch (JOSEException e) {
      throw new IllegalStateException("The JDK cannot generate an RSA key", e);
    }
  }

  /**
   * An active key from a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as {@code openssl
   * genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072} writes it.
   *
   * @param createdAt when the key was made, which the JWK set publishes
   * @throws IllegalArgumentException if the text is not an unencrypted PKCS#8 RSA key of at least
   *     2,048 bits
   */
  public static IssuerKey fromPem(String pem, Instant createdAt) {
    byte[] der = pkcs8Der(pem);
    try {
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
      if (!(key instanceof RSAPrivateCrtKey crt)) {
        throw new IllegalArgumentException(
            "The RSA key lacks its public exponent (CRT parameters)");
      }
      RSAPublicKey publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
      Instant created = createdAt.truncatedTo(ChronoUnit.SECONDS);
      RSAKey jwk =
          new RSAKey.Builder(publicKey)
              .privateKey(crt)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(ALGORITHM)
              .issueTime(Date.from(created))
              .keyIDFromThumbprint()
              .build();
      return new IssuerKey(checked(jwk), created, true);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a PKCS#8 RSA private key: " + e.getMessage(), e);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Like {@link #fromPem(String, Instant)}, from a file. */
  public static IssuerKey fromPem(Path pemFile, Instant createdAt) {
    try {
      return fromPem(Files.readString(pemFile, StandardCharsets.US_ASCII), createdAt);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the signing key " + pemFile, e);
    }
  }

  /**
   * A key as the database keeps it: its private JWK ({@link #toStoredJson}), whose {@code iat} is
   * the creation time; whether it is active is kept beside it, so that a rotation changes a flag
   * and never rewrites a key.
   *
   * @throws IllegalArgumentException if the JSON is not a private RSA JWK with a kid and an iat
   */
  public static IssuerKey fromStoredJson(String json, boolean active) {
    JWK parsed;
    try {
      parsed = JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a JWK: " + e.getMessage(), e);
    }
    if (!(parsed instanceof RSAKey rsa) || !rsa.isPrivate()) {
      throw new IllegalArgumentException("A stored signing key is a private RSA JWK");
    }
    if (rsa.getKeyID() == null || rsa.getIssueTime() == null) {
      throw new IllegalArgumentException("A stored signing key has a kid and an iat");
    }
    return new IssuerKey(checked(rsa), rsa.getIssueTime().toInstant(), active);
  }

  /** The private JWK, in JSON, for the database. It holds the private key: never log it. */
  public String toStoredJson() {
    return jwk.toJSONString();
  }

  /** The private key as a PKCS#8 PEM, for an operator who moves it out of the database. */
  public String toPem() {
    try {
      String base64 =
          Base64.getMimeEncoder(64, new byte[] {'\n'})
              .encodeToString(jwk.toPrivateKey().getEncoded());
      return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same key, retired: it signs nothing more but still verifies what it signed. */
  public IssuerKey retired() {
    return new IssuerKey(jwk, createdAt, false);
  }

  /** The same key, active again: only through {@link SigningKeys#withActive}. */
  IssuerKey activated() {
    return new IssuerKey(jwk, createdAt, true);
  }

  public String kid() {
    return jwk.getKeyID();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean active() {
    return active;
  }

  /** The public half, as published in the JWK set. */
  public RSAKey publicJwk() {
    return jwk.toPublicJWK();
  }

  /** The size of the modulus, in bits. */
  public int bits() {
    return jwk.size();
  }

  /** The private key, for the issuer in this package only. */
  RSAKey privateJwk() {
    return jwk;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IssuerKey key
        && key.jwk.equals(jwk)
        && key.createdAt.equals(createdAt)
        && key.active == active;
  }

  @Override
  public int hashCode() {
    return Objects.hash(jwk, createdAt, active);
  }

  /** Names the key but never shows its private parts, so that a log line cannot leak it. */
  @Override
  public String toString() {
    return "IssuerKey[kid=" + kid() + ", createdAt=" + createdAt + (active ? ", active]" : "]");
  }

  private static RSAKey checked(RSAKey jwk) {
    if (jwk.size() < MINIMUM_BITS) {
      throw new IllegalArgumentException(
          "A signing key has at least " + MINIMUM_BITS + " bits, not " + jwk.size());
    }
    return jwk;
  }

  private static byte[] pkcs8Der(String pem) {
    if (pem == null) {
      throw new IllegalArgumentException("No PEM given");
    }
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      throw new IllegalArgumentException(
          "This is a PKCS#1 key; convert it to PKCS#8 with"
              + " openssl pkcs8 -topk8 -nocrypt -in old.pem -out key.pem");
    }
    if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
      throw new IllegalArgumentException(
          "The key is encrypted; the platform takes it unencrypted, from a secret");
    }
    String begin = "-----BEGIN PRIVATE KEY-----";
    String end = "-----END PRIVATE KEY-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("Not a PEM private key (-----BEGIN PRIVATE KEY-----)");
    }
    try {
      return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The PEM is not valid base64", e);
    }
  }
}
