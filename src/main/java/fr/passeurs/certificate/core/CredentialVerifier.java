package fr.passeurs.certificate.core;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Checks a certificate presented as a VC-JWT: whether the platform signed it, unchanged, with one
 * of its published keys; then, as a separate step, whether it has been revoked since, from the
 * status list credential it names.
 *
 * <p>A credential is {@link Outcome#VALID VALID} when its signature verifies with the published key
 * that its header names, and its claims agree with the credential they carry ({@code iss} is the
 * issuer, {@code sub} the subject, {@code jti} the id, {@code nbf} the {@code validFrom}, as Open
 * Badges asks); {@link Outcome#TAMPERED TAMPERED} when it is not a JWS, is signed with another
 * algorithm than RS256 (which shuts out {@code none} and HMAC), does not verify, or is not the kind
 * of credential asked for; {@link Outcome#UNKNOWN_KEY UNKNOWN_KEY} when no published key has its
 * kid: a forgery, or a certificate whose key was removed after a leak. Certificates do not expire,
 * so the verifier reads no clock.
 *
 * <p>Thread-safe.
 */
public final class CredentialVerifier {

  /** What a check of the signature concludes. */
  public enum Outcome {
    VALID,
    TAMPERED,
    UNKNOWN_KEY
  }

  /**
   * The conclusion, why, and, when valid, the credential that was signed.
   *
   * @param kid the key named by the header, when there was one
   * @param credential the claims of the JWT, when valid; empty otherwise
   */
  public record Verification(
      Outcome outcome, String reason, String kid, Map<String, Object> credential) {

    public Verification {
      credential = credential == null ? Map.of() : Collections.unmodifiableMap(credential);
    }

    public boolean valid() {
      return outcome == Outcome.VALID;
    }

    /** The revocation entry of a valid credential: the list and the index of its bit. */
    public Optional<StatusListEntry> statusEntry() {
      return revocationEntry(credential.get("credentialStatus"));
    }
  }

  /** What a check of the status list concludes. */
  public enum Revocation {
    NOT_REVOKED,
    REVOKED,
    /** The list could not tell: not the right list, not signed by the platform, unreadable. */
    UNKNOWN
  }

  /** The revocation status of a credential, and why. */
  public record RevocationCheck(Revocation status, String reason) {}

  private final Function<String, Optional<JWK>> keyById;
  private final Map<JWK, JWSVerifier> verifiers = new ConcurrentHashMap<>();

  /**
   * A verifier that finds keys by kid: the application gives its keys; another verifier, the keys
   * it fetched from {@code /.well-known/jwks.json}.
   */
  public CredentialVerifier(Function<String, Optional<JWK>> keyById) {
    this.keyById = Objects.requireNonNull(keyById, "keyById");
  }

  /** A verifier of the keys of a JWK set. */
  public static CredentialVerifier of(JWKSet jwks) {
    return new CredentialVerifier(kid -> Optional.ofNullable(jwks.getKeyByKeyId(kid)));
  }

  /**
   * A verifier of the keys of a JWK set in JSON, as published.
   *
   * @throws IllegalArgumentException if it is not a JWK set
   */
  public static CredentialVerifier ofJwks(String json) {
    try {
      return of(JWKSet.parse(json));
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a JWK set: " + e.getMessage(), e);
    }
  }

  /** Checks a certificate: an {@code OpenBadgeCredential} signed by the platform. */
  public Verification verify(String compactJwt) {
    return check(compactJwt, "OpenBadgeCredential");
  }

  /** Checks a status list credential, as {@link #revocation} does before reading it. */
  public Verification verifyStatusList(String compactJwt) {
    return check(compactJwt, "BitstringStatusListCredential");
  }

  /**
   * Whether a valid certificate has been revoked, according to the status list credential found at
   * the address its status entry names: the list must be signed by the platform, be that list, and
   * have the certificate's bit.
   */
  public RevocationCheck revocation(Verification certificate, String statusListJwt) {
    if (!certificate.valid()) {
      return unknown("the certificate itself is not valid: " + certificate.reason());
    }
    Optional<StatusListEntry> found = certificate.statusEntry();
    if (found.isEmpty()) {
      return unknown("the certificate names no revocation list");
    }
    StatusListEntry entry = found.get();
    Verification list = verifyStatusList(statusListJwt);
    if (!list.valid()) {
      return unknown("the status list does not verify: " + list.reason());
    }
    Object listId = list.credential().get("id");
    if (!entry.statusListCredential().toString().equals(listId)) {
      return unknown(
          "this is the status list "
              + listId
              + ", the certificate names "
              + entry.statusListCredential());
    }
    if (!Objects.equals(
        idOf(list.credential().get("issuer")), idOf(certificate.credential().get("issuer")))) {
      return unknown("the status list and the certificate have different issuers");
    }
    if (!(list.credential().get("credentialSubject") instanceof Map<?, ?> subject)
        || !"revocation".equals(subject.get("statusPurpose"))
        || !(subject.get("encodedList") instanceof String encoded)) {
      return unknown("the status list is not a revocation list");
    }
    StatusList bits;
    try {
      bits = StatusList.decode(encoded);
    } catch (IllegalArgumentException e) {
      return unknown("the status list cannot be read: " + e.getMessage());
    }
    if (entry.index() >= bits.size()) {
      return unknown("the list has " + bits.size() + " entries, not " + (entry.index() + 1));
    }
    String where = "entry " + entry.index() + " of " + entry.statusListCredential();
    return bits.isRevoked(entry.index())
        ? new RevocationCheck(Revocation.REVOKED, "revoked (" + where + ")")
        : new RevocationCheck(Revocation.NOT_REVOKED, "not revoked (" + where + ")");
  }

  private Verification check(String compactJwt, String expectedType) {
    if (compactJwt == null || compactJwt.isBlank()) {
      return tampered("there is no credential", null);
    }
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(compactJwt.strip());
    } catch (ParseException e) {
      return tampered("not a compact JWS: " + e.getMessage(), null);
    }
    String kid = jwt.getHeader().getKeyID();
    if (!IssuerKey.ALGORITHM.equals(jwt.getHeader().getAlgorithm())) {
      return tampered("signed with " + jwt.getHeader().getAlgorithm() + ", not RS256", kid);
    }
    JOSEObjectType typ = jwt.getHeader().getType();
    if (typ != null && !typ.equals(CredentialIssuer.VC_JWT) && !typ.equals(JOSEObjectType.JWT)) {
      return tampered("not a credential: its type is " + typ, kid);
    }
    if (kid == null) {
      return new Verification(Outcome.UNKNOWN_KEY, "the header names no key", null, null);
    }
    Optional<JWK> key = keyById.apply(kid);
    if (key.isEmpty()) {
      return new Verification(
          Outcome.UNKNOWN_KEY, "no published key has the kid " + kid, kid, null);
    }
    if (!(key.get() instanceof RSAKey)) {
      return new Verification(
          Outcome.UNKNOWN_KEY, "the key " + kid + " is not an RSA key", kid, null);
    }
    try {
      if (!jwt.verify(verifier(key.get()))) {
        return tampered("the signature does not verify with the key " + kid, kid);
      }
    } catch (JOSEException | IllegalStateException e) {
      return tampered("the signature cannot be checked: " + e.getMessage(), kid);
    }
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      return tampered("the signed content is not a JSON object", kid);
    }
    Map<String, Object> credential = claims.toJSONObject();
    String disagreement = disagreement(credential, claims, expectedType);
    if (disagreement != null) {
      return tampered(disagreement, kid);
    }
    return new Verification(
        Outcome.VALID, "signed by the platform with the key " + kid, kid, credential);
  }

  /** What is wrong with a signed credential, or null when its claims and content agree. */
  private static String disagreement(
      Map<String, Object> credential, JWTClaimsSet claims, String expectedType) {
    if (!(credential.get("type") instanceof List<?> types)
        || !types.contains("VerifiableCredential")
        || !types.contains(expectedType)) {
      return "not a " + expectedType + " (type " + credential.get("type") + ")";
    }
    Object subjectId =
        credential.get("credentialSubject") instanceof Map<?, ?> subject ? subject.get("id") : null;
    if (claims.getIssuer() == null || !claims.getIssuer().equals(idOf(credential.get("issuer")))) {
      return "iss does not name the issuer of the credential";
    }
    if (claims.getSubject() == null || !claims.getSubject().equals(subjectId)) {
      return "sub does not name the subject of the credential";
    }
    if (claims.getJWTID() == null || !claims.getJWTID().equals(credential.get("id"))) {
      return "jti is not the id of the credential";
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf == null || !nbf.toInstant().toString().equals(instantOf(credential.get("validFrom")))) {
      return "nbf is not the validFrom of the credential";
    }
    return null;
  }

  private JWSVerifier verifier(JWK key) {
    // Converting a JWK to a Java key costs more than checking a signature: keep one per key.
    return verifiers.computeIfAbsent(
        key,
        k -> {
          try {
            return new RSASSAVerifier((RSAKey) k);
          } catch (JOSEException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        });
  }

  private static Verification tampered(String reason, String kid) {
    return new Verification(Outcome.TAMPERED, reason, kid, null);
  }

  private static RevocationCheck unknown(String reason) {
    return new RevocationCheck(Revocation.UNKNOWN, reason);
  }

  /** The id of an issuer, given as a URL or as a profile. */
  private static Object idOf(Object issuer) {
    return issuer instanceof Map<?, ?> profile ? profile.get("id") : issuer;
  }

  private static String instantOf(Object dateTime) {
    try {
      return dateTime instanceof String text ? Instant.parse(text).toString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The revocation entry among a credential's status entries (one, or a list of them). */
  private static Optional<StatusListEntry> revocationEntry(Object status) {
    List<?> entries =
        status instanceof List<?> list ? list : status == null ? List.of() : List.of(status);
    for (Object e : entries) {
      if (e instanceof Map<?, ?> entry
          && "BitstringStatusListEntry".equals(entry.get("type"))
          && "revocation".equals(entry.get("statusPurpose"))
          && entry.get("statusListIndex") instanceof String index
          && entry.get("statusListCredential") instanceof String list) {
        try {
          return Optional.of(new StatusListEntry(URI.create(list), Integer.parseInt(index)));
        } catch (IllegalArgumentException malformed) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
