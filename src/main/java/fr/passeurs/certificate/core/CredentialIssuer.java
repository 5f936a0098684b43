package fr.passeurs.certificate.core;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import fr.passeurs.certificate.core.CertificateContent.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues certificates as signed credentials that any wallet or verifier understands: an Open Badges
 * 3.0 {@code OpenBadgeCredential} (W3C Verifiable Credentials Data Model 2.0), secured as a VC-JWT
 * (W3C VC-JOSE-COSE: the compact JWS whose claims are the credential itself), signed RS256 with the
 * platform's active key; and the status list credentials through which they are revoked, secured
 * the same way.
 *
 * <p>The credential says everything the PDF says, in the same words where the specification has no
 * field of its own: the recipient's name as an identity of type {@code name}, the hours attended
 * and the attendance rate as results of the achievement. The JWT adds {@code iss} (the issuer's
 * id), {@code sub} (the subject's id), {@code jti} (the credential's id, its verification address),
 * {@code iat} and {@code nbf} (its {@code validFrom}), as Open Badges asks. Certificates do not
 * expire: no {@code validUntil}, no {@code exp}.
 *
 * <p>The same content, status entry, time and key always give the same JWT (RS256 signatures are
 * deterministic), which keeps the PDF that carries it reproducible.
 *
 * <p>Thread-safe.
 */
public final class CredentialIssuer {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** The media type of a credential secured as a JWT, in the {@code typ} header (VC-JOSE-COSE). */
  public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

  private final IssuerProfile issuer;
  private final IssuerKey key;
  private final RSASSASigner signer;
  private final JWSHeader header;

  /**
   * @throws IllegalArgumentException if the key is retired: it signs nothing more
   */
  public CredentialIssuer(IssuerProfile issuer, IssuerKey key) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.key = Objects.requireNonNull(key, "key");
    if (!key.active()) {
      throw new IllegalArgumentException("The retired key " + key.kid() + " signs nothing more");
    }
    try {
      this.signer = new RSASSASigner(key.privateJwk());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("Not a signing key: " + key, e);
    }
    this.header = new JWSHeader.Builder(IssuerKey.ALGORITHM).keyID(key.kid()).type(VC_JWT).build();
  }

  /** The key that signs, whose kid every JWT names. */
  public IssuerKey key() {
    return key;
  }

  /**
   * The certificate as a VC-JWT: a compact JWS, three base64url parts separated by dots.
   *
   * @param status where its revocation will be read
   * @param issuedAt when it is issued: its {@code validFrom}, {@code iat} and {@code nbf}, to the
   *     second
   */
  public String issue(CertificateContent content, StatusListEntry status, Instant issuedAt) {
    Map<String, Object> credential = credential(content, status, issuedAt);
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
    return sign(
        credential, (String) subject.get("id"), content.verificationUrl().toString(), issuedAt);
  }

  /** The credential that {@link #issue} signs, as JSON values, for showing and for tests. */
  public Map<String, Object> credential(
      CertificateContent content, StatusListEntry status, Instant issuedAt) {
    String id = content.verificationUrl().toString();

    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    credential.put("id", id);
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("issuer", issuer());
    credential.put("validFrom", seconds(issuedAt).toString());
    credential.put("name", content.kind().title() + " : " + content.trainingTitle());
    credential.put(
        "description",
        content.kind().title()
            + " n° "
            + content.code().grouped()
            + ", délivré"
            + (content.kind() == Kind.CERTIFICATE_OF_COMPLETION ? "" : "e")
            + " le "
            + French.date(content.issuedOn())
            + ".");

    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", id + "#recipient");
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", List.of(nameIdentity(content.recipientName())));
    subject.put("activityStartDate", content.from().toString());
    subject.put("activityEndDate", content.to().toString());
    subject.put("narrative", narrative(content));
    subject.put("achievement", achievement(content, id));
    subject.put(
        "result",
        List.of(
            result(id + "#hours", French.decimalHours(content.attended())),
            result(id + "#attendance", content.attendanceRate().toPlainString())));
    credential.put("credentialSubject", subject);

    credential.put("credentialStatus", statusEntry(status));
    return credential;
  }

  /**
   * The status list credential of {@code list} as a VC-JWT, published at {@code listCredential}:
   * the address that the certificates of this list name in their status entry.
   */
  public String issueStatusList(URI listCredential, StatusList list, Instant issuedAt) {
    Map<String, Object> credential = statusListCredential(listCredential, list, issuedAt);
    return sign(credential, listCredential + "#list", listCredential.toString(), issuedAt);
  }

  /** The status list credential that {@link #issueStatusList} signs. */
  public Map<String, Object> statusListCredential(
      URI listCredential, StatusList list, Instant issuedAt) {
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT));
    credential.put("id", listCredential.toString());
    credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    credential.put("issuer", issuer());
    credential.put("validFrom", seconds(issuedAt).toString());
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", listCredential + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", list.encodedList());
    credential.put("credentialSubject", subject);
    return credential;
  }

  private String sign(Map<String, Object> credential, String sub, String jti, Instant issuedAt) {
    // The payload is written as a string from ordered maps: JWTClaimsSet and Payload(Map) copy the
    // claims into a HashMap. So the credential reads in its natural order, @context first, and its
    // bytes never depend on hashing.
    Map<String, Object> claims = new LinkedHashMap<>(credential);
    long at = seconds(issuedAt).getEpochSecond();
    claims.put("iss", issuer.id().toString());
    claims.put("sub", sub);
    claims.put("jti", jti);
    claims.put("iat", at);
    claims.put("nbf", at);
    JWSObject jws = new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(claims)));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing with " + key + " failed", e);
    }
    return jws.serialize();
  }

  private Map<String, Object> issuer() {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", issuer.id().toString());
    profile.put("type", List.of("Profile"));
    profile.put("name", issuer.name());
    profile.put("url", issuer.id().toString());
    return profile;
  }

  private static Map<String, Object> nameIdentity(String name) {
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("type", "IdentityObject");
    identity.put("identityHash", name);
    identity.put("identityType", "name");
    identity.put("hashed", false);
    return identity;
  }

  /**
   * The achievement, named after the certificate: the platform has no page per training yet. Its id
   * and those of its result descriptions are fragments of the certificate's address (a URI has one
   * fragment at most).
   */
  private static Map<String, Object> achievement(CertificateContent content, String certificate) {
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", certificate + "#achievement");
    achievement.put("type", List.of("Achievement"));
    achievement.put(
        "achievementType",
        content.kind() == Kind.CERTIFICATE_OF_COMPLETION
            ? "CertificateOfCompletion"
            : "Achievement");
    achievement.put("name", content.trainingTitle());
    achievement.put(
        "description",
        capitalised(content.actionNature())
            + " : "
            + content.knowHow()
            + " ("
            + content.craft()
            + "), "
            + French.hours(content.planned())
            + " prévues. Lieu : "
            + content.manufacture().name()
            + ".");
    achievement.put("criteria", Map.of("narrative", criteria(content)));
    achievement.put("fieldOfStudy", content.craft());
    achievement.put("tag", List.of(content.knowHow(), content.craft()));
    achievement.put("creator", manufacture(content.manufacture()));
    achievement.put(
        "resultDescription",
        List.of(
            resultDescription(
                certificate + "#hours",
                "Heures suivies",
                "ext:Hours",
                French.decimalHours(content.planned())),
            resultDescription(certificate + "#attendance", "Taux d’assiduité", "Percent", "100")));
    return achievement;
  }

  private static String criteria(CertificateContent content) {
    return switch (content.kind()) {
      case CERTIFICATE_OF_COMPLETION ->
          "Avoir suivi l’action « "
              + content.trainingTitle()
              + " » avec l’assiduité qu’elle requiert.";
      case ATTESTATION_OF_ATTENDANCE ->
          "Avoir été présent à l’action « "
              + content.trainingTitle()
              + " » : l’attestation constate les heures suivies, en deçà du minimum requis pour un"
              + " certificat de réalisation.";
      case VISIT_ATTESTATION ->
          "Avoir visité l’atelier lors de « " + content.trainingTitle() + " ».";
    };
  }

  /** What happened, in a few sentences, as the PDF says it. */
  static String narrative(CertificateContent content) {
    boolean visit = content.kind() == Kind.VISIT_ATTESTATION;
    return content.recipientName()
        + (visit ? " a visité l’atelier lors de « " : " a suivi « ")
        + content.trainingTitle()
        + " » ("
        + content.actionNature()
        + ") "
        + French.period(content.from(), content.to())
        + ". Lieu : "
        + content.manufacture().name()
        + ". "
        + (visit ? "Visite animée par " : "Formation assurée par ")
        + content.trainerName()
        + ". Temps suivi : "
        + French.hours(content.attended())
        + " sur "
        + French.hours(content.planned())
        + " prévues (assiduité : "
        + French.percent(content.attendanceRate())
        + ").";
  }

  private static Map<String, Object> manufacture(CertificateContent.Manufacture manufacture) {
    Map<String, Object> profile = new LinkedHashMap<>();
    // Profiles need an id; a manufacture has no address of its own in the credential, so its id is
    // a name-based UUID of its identifier: the same manufacture, the same id, on every certificate.
    UUID id =
        UUID.nameUUIDFromBytes(
            ("passeurs:manufacture:" + manufacture.identifier()).getBytes(StandardCharsets.UTF_8));
    profile.put("id", "urn:uuid:" + id);
    profile.put("type", List.of("Profile"));
    profile.put("name", manufacture.name());
    profile.put("description", "Manufacture de proximité, " + manufacture.address());
    Map<String, Object> identifier = new LinkedHashMap<>();
    identifier.put("type", "IdentifierEntry");
    identifier.put("identifier", manufacture.identifier());
    identifier.put("identifierType", "identifier");
    profile.put("otherIdentifier", List.of(identifier));
    return profile;
  }

  private static Map<String, Object> resultDescription(
      String id, String name, String resultType, String valueMax) {
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("id", id);
    description.put("type", List.of("ResultDescription"));
    description.put("name", name);
    description.put("resultType", resultType);
    description.put("valueMin", "0");
    description.put("valueMax", valueMax);
    return description;
  }

  private static Map<String, Object> result(String descriptionId, String value) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("type", List.of("Result"));
    result.put("resultDescription", descriptionId);
    result.put("value", value);
    return result;
  }

  private static Map<String, Object> statusEntry(StatusListEntry status) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", status.id().toString());
    entry.put("type", "BitstringStatusListEntry");
    entry.put("statusPurpose", "revocation");
    // The specification writes the index as a string of decimal digits.
    entry.put("statusListIndex", Integer.toString(status.index()));
    entry.put("statusListCredential", status.statusListCredential().toString());
    return entry;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Instant seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }
}
