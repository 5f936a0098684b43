package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fr.passeurs.certificate.core.CredentialVerifier.Outcome;
import fr.passeurs.certificate.core.CredentialVerifier.Revocation;
import fr.passeurs.certificate.core.CredentialVerifier.Verification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialTest {

  private final SigningKeys keys = TestKeys.first();
  private final CredentialIssuer issuer = new CredentialIssuer(Samples.PLATFORM, keys.active());
  private final CredentialVerifier verifier = CredentialVerifier.ofJwks(keys.publicJwksJson());

  @Test
  void anIssuedCertificateVerifies() {
    String jwt =
        issuer.issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT);

    Verification verification = verifier.verify(jwt);

    assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
    assertThat(verification.valid()).isTrue();
    assertThat(verification.kid()).isEqualTo(keys.active().kid());
    assertThat(verification.reason()).contains(keys.active().kid());
    assertThat(verification.credential())
        .containsEntry("id", "https://passeurs.example/verifier/K7QM-3XPA-9D2F");
    assertThat(verification.statusEntry()).contains(Samples.entry(7));
  }

  @Test
  void theJwtIsAVcJwtSignedRs256WithTheKidOfTheActiveKey() throws Exception {
    SignedJWT jwt =
        SignedJWT.parse(
            issuer.issue(
                Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT));

    JWSHeader header = jwt.getHeader();
    assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(header.getKeyID()).isEqualTo(keys.active().kid());
    assertThat(header.getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("https://passeurs.example");
    assertThat(claims.getJWTID()).isEqualTo("https://passeurs.example/verifier/K7QM-3XPA-9D2F");
    assertThat(claims.getSubject())
        .isEqualTo("https://passeurs.example/verifier/K7QM-3XPA-9D2F#recipient");
    Instant second = Instant.parse("2026-03-09T10:15:30Z");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(second);
    assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(second);
    assertThat(claims.getExpirationTime()).as("certificates do not expire").isNull();
    assertThat(claims.getClaim("validFrom")).isEqualTo("2026-03-09T10:15:30Z");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCredentialIsAnOpenBadgeWithItsAchievementAndItsStatusEntry() {
    CertificateContent content = Samples.attendance("K7QM-3XPA-9D2G");
    Map<String, Object> credential =
        verifier.verify(issuer.issue(content, Samples.entry(42), Samples.ISSUED_AT)).credential();

    assertThat(credential.get("@context"))
        .isEqualTo(
            List.of(
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
    assertThat(credential.get("type"))
        .isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
    assertThat((Map<String, Object>) credential.get("issuer"))
        .containsEntry("id", "https://passeurs.example")
        .containsEntry("type", List.of("Profile"))
        .containsEntry("name", "Passeurs")
        .containsEntry("url", "https://passeurs.example");
    assertThat(credential.get("name"))
        .isEqualTo("Attestation d’assiduité : Forge de couteaux : la lame");

    Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
    assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
    assertThat((List<Map<String, Object>>) subject.get("identifier"))
        .singleElement()
        .satisfies(
            identity ->
                assertThat(identity)
                    .containsEntry("type", "IdentityObject")
                    .containsEntry("identityType", "name")
                    .containsEntry("hashed", false)
                    .containsEntry("identityHash", "Noël Dupré"));
    assertThat(subject)
        .containsEntry("activityStartDate", "2026-04-01")
        .containsEntry("activityEndDate", "2026-04-03");
    assertThat((String) subject.get("narrative"))
        .contains("Noël Dupré a suivi « Forge de couteaux : la lame »")
        .contains("du 1er au 3 avril 2026")
        .contains("Anaïs Ferrand")
        .contains("15\u00a0h\u00a030 sur 21\u00a0h")
        .contains("73,8\u00a0%");

    Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
    assertThat(achievement)
        .containsEntry("id", "https://passeurs.example/verifier/K7QM-3XPA-9D2G#achievement")
        .containsEntry("type", List.of("Achievement"))
        .containsEntry("achievementType", "Achievement")
        .containsEntry("name", "Forge de couteaux : la lame")
        .containsEntry("fieldOfStudy", "coutelier")
        .containsKeys("description", "criteria", "creator", "resultDescription");
    assertThat((Map<String, Object>) achievement.get("criteria")).containsKey("narrative");
    Map<String, Object> creator = (Map<String, Object>) achievement.get("creator");
    assertThat(creator).containsEntry("name", "Manufacture des Tisserands d’Œuilly");
    assertThat((String) creator.get("id")).startsWith("urn:uuid:");
    assertThat((List<Map<String, Object>>) subject.get("result"))
        .extracting(r -> r.get("value"))
        .containsExactly("15.5", "73.8");

    assertThat((Map<String, Object>) credential.get("credentialStatus"))
        .containsEntry("id", "https://passeurs.example/certificats/statuts/1#42")
        .containsEntry("type", "BitstringStatusListEntry")
        .containsEntry("statusPurpose", "revocation")
        .containsEntry("statusListIndex", "42")
        .containsEntry("statusListCredential", "https://passeurs.example/certificats/statuts/1");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCertificateOfCompletionAndAVisitSayWhatTheyAre() {
    Map<String, Object> completion =
        issuer.credential(
            Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(1), Samples.ISSUED_AT);
    Map<String, Object> visit =
        issuer.credential(Samples.visit("K7QM-3XPA-9D2H"), Samples.entry(2), Samples.ISSUED_AT);

    Map<String, Object> completionAchievement =
        (Map<String, Object>)
            ((Map<String, Object>) completion.get("credentialSubject")).get("achievement");
    assertThat(completionAchievement).containsEntry("achievementType", "CertificateOfCompletion");
    assertThat(completion.get("name"))
        .isEqualTo("Certificat de réalisation : Tissage à bras sur métier à pédales : initiation");
    assertThat((String) completion.get("description")).contains("délivré le 9 mars 2026");
    assertThat((String) ((Map<String, Object>) visit.get("credentialSubject")).get("narrative"))
        .startsWith("Classe de 4e B du collège Jean-Jaurès, Mazamet a visité l’atelier")
        .contains("le 12 mai 2026")
        .contains("Visite animée par Jérôme Garçon");
    assertThat((String) visit.get("description")).contains("délivrée le 12 mai 2026");
  }

  @Test
  void theSameCertificateSignedAtTheSameTimeGivesTheSameJwt() {
    CertificateContent content = Samples.completion("K7QM-3XPA-9D2F");

    assertThat(issuer.issue(content, Samples.entry(7), Samples.ISSUED_AT))
        .isEqualTo(
            new CredentialIssuer(Samples.PLATFORM, keys.active())
                .issue(content, Samples.entry(7), Samples.ISSUED_AT));
  }

  @Test
  void changingOneByteOfTheSignedContentIsTampering() {
    String jwt =
        issuer.issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT);
    String[] parts = jwt.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertThat(payload).contains("\"value\":\"35\"");
    String forged = payload.replace("\"value\":\"35\"", "\"value\":\"36\"");
    String forgedJwt =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    Verification verification = verifier.verify(forgedJwt);

    assertThat(verification.outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(verification.reason()).contains("signature does not verify");
    assertThat(verification.credential()).isEmpty();
  }

  @Test
  void changingAnyOneByteOfThePayloadOrOfTheSignatureIsTampering() {
    String jwt =
        issuer.issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT);
    String[] parts = jwt.split("\\.");
    byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);

    for (int i = 0; i < payload.length; i += 97) {
      byte[] changed = payload.clone();
      changed[i] ^= 0x01;
      String forged = parts[0] + "." + Base64URL.encode(changed) + "." + parts[2];
      assertThat(verifier.verify(forged).outcome())
          .as("payload byte %d", i)
          .isEqualTo(Outcome.TAMPERED);
    }
    for (int i = 0; i < signature.length; i += 13) {
      byte[] changed = signature.clone();
      changed[i] ^= (byte) 0x80;
      String forged = parts[0] + "." + parts[1] + "." + Base64URL.encode(changed);
      assertThat(verifier.verify(forged).outcome())
          .as("signature byte %d", i)
          .isEqualTo(Outcome.TAMPERED);
    }
    assertThat(verifier.verify(parts[0] + "." + parts[1] + ".").outcome())
        .isEqualTo(Outcome.TAMPERED);
  }

  @Test
  void whatIsNotASignedJwtIsTampering() {
    assertThat(verifier.verify(null).outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(verifier.verify("").outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(verifier.verify("hello").outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(verifier.verify("a.b.c").outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(verifier.verify("a.b.c").reason()).startsWith("not a compact JWS");
  }

  @Test
  void aJwtSignedWithoutSignatureOrWithAnHmacIsTampering() throws Exception {
    JWTClaimsSet claims =
        JWTClaimsSet.parse(
            SignedJWT.parse(
                    issuer.issue(
                        Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT))
                .getJWTClaimsSet()
                .toJSONObject());
    String unsigned = new PlainJWT(new PlainHeader(), claims).serialize();
    // The classic confusion: the public key used as an HMAC secret.
    SignedJWT hmac =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.active().kid()).build(), claims);
    hmac.sign(new MACSigner(keys.active().publicJwk().toRSAPublicKey().getEncoded()));

    assertThat(verifier.verify(unsigned).outcome()).isEqualTo(Outcome.TAMPERED);
    Verification confused = verifier.verify(hmac.serialize());
    assertThat(confused.outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(confused.reason()).contains("HS256, not RS256");
  }

  @Test
  void aCredentialTypedPlainJwtAsOpenBadgesWritesItVerifiesButNoOtherType() throws Exception {
    String jwt =
        issuer.issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT);
    Payload payload = JWSObject.parse(jwt).getPayload();

    assertThat(verifier.verify(signed(payload, JOSEObjectType.JWT)).outcome())
        .isEqualTo(Outcome.VALID);
    assertThat(verifier.verify(signed(payload, null)).outcome()).isEqualTo(Outcome.VALID);
    Verification other = verifier.verify(signed(payload, new JOSEObjectType("at+jwt")));
    assertThat(other.outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(other.reason()).contains("at+jwt");
  }

  private String signed(Payload payload, JOSEObjectType type) throws Exception {
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.active().kid()).type(type).build(),
            payload);
    jws.sign(new RSASSASigner(keys.active().privateJwk()));
    return jws.serialize();
  }

  @Test
  void aCertificateSignedWithAKeyThatIsNotPublishedIsOfUnknownKey() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder()
                .encodeToString(rsa.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----";
    IssuerKey stranger = IssuerKey.fromPem(pem, Instant.now());
    String jwt =
        new CredentialIssuer(Samples.PLATFORM, stranger)
            .issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT);

    Verification verification = verifier.verify(jwt);

    assertThat(verification.outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
    assertThat(verification.kid()).isEqualTo(stranger.kid());
    assertThat(verification.reason()).contains("no published key has the kid " + stranger.kid());
  }

  @Test
  void afterARotationOldCertificatesStillVerifyThroughThePublishedSet() {
    String signedBefore =
        issuer.issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT);
    SigningKeys rotated = TestKeys.rotated();
    String signedAfter =
        new CredentialIssuer(Samples.PLATFORM, rotated.active())
            .issue(
                Samples.attendance("K7QM-3XPA-9D2G"),
                Samples.entry(8),
                Instant.parse("2026-02-01T08:00:00Z"));

    CredentialVerifier afterRotation = CredentialVerifier.ofJwks(rotated.publicJwksJson());

    assertThat(afterRotation.verify(signedBefore).outcome()).isEqualTo(Outcome.VALID);
    assertThat(afterRotation.verify(signedBefore).kid()).isEqualTo(keys.active().kid());
    assertThat(afterRotation.verify(signedAfter).outcome()).isEqualTo(Outcome.VALID);
    assertThat(afterRotation.verify(signedAfter).kid()).isEqualTo(rotated.active().kid());
    assertThat(verifier.verify(signedAfter).outcome())
        .as("the set published before the rotation does not know the new key")
        .isEqualTo(Outcome.UNKNOWN_KEY);
    CredentialVerifier afterLeak =
        CredentialVerifier.ofJwks(rotated.without(keys.active().kid()).publicJwksJson());
    assertThat(afterLeak.verify(signedBefore).outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
    assertThat(afterLeak.verify(signedAfter).outcome()).isEqualTo(Outcome.VALID);
  }

  @Test
  void aRetiredKeySignsNothing() {
    IssuerKey retired = TestKeys.rotated().find(TestKeys.first().active().kid()).orElseThrow();

    assertThatThrownBy(() -> new CredentialIssuer(Samples.PLATFORM, retired))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signs nothing more");
  }

  @Test
  void aStatusListIsNotACertificate() {
    String list = issuer.issueStatusList(Samples.STATUS_LIST, new StatusList(), Samples.ISSUED_AT);

    assertThat(verifier.verifyStatusList(list).outcome()).isEqualTo(Outcome.VALID);
    Verification asCertificate = verifier.verify(list);
    assertThat(asCertificate.outcome()).isEqualTo(Outcome.TAMPERED);
    assertThat(asCertificate.reason()).contains("not a OpenBadgeCredential");
    String certificate =
        issuer.issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT);
    assertThat(verifier.verifyStatusList(certificate).outcome()).isEqualTo(Outcome.TAMPERED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStatusListCredentialCarriesTheEncodedList() throws Exception {
    StatusList list = new StatusList();
    list.revoke(7);

    SignedJWT jwt =
        SignedJWT.parse(issuer.issueStatusList(Samples.STATUS_LIST, list, Samples.ISSUED_AT));

    assertThat(jwt.getHeader().getType()).isEqualTo(CredentialIssuer.VC_JWT);
    Map<String, Object> credential = jwt.getJWTClaimsSet().toJSONObject();
    assertThat(credential.get("@context"))
        .isEqualTo(List.of("https://www.w3.org/ns/credentials/v2"));
    assertThat(credential.get("type"))
        .isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
    assertThat(credential).containsEntry("id", Samples.STATUS_LIST.toString());
    Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
    assertThat(subject)
        .containsEntry("id", Samples.STATUS_LIST + "#list")
        .containsEntry("type", "BitstringStatusList")
        .containsEntry("statusPurpose", "revocation")
        .containsEntry("encodedList", list.encodedList());
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://passeurs.example");
  }

  @Test
  void aRevokedCertificateIsToldRevokedAndTheOthersNot() {
    Verification seven =
        verifier.verify(
            issuer.issue(
                Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT));
    Verification eight =
        verifier.verify(
            issuer.issue(
                Samples.attendance("K7QM-3XPA-9D2G"), Samples.entry(8), Samples.ISSUED_AT));
    StatusList list = new StatusList();
    list.revoke(7);
    String published =
        issuer.issueStatusList(Samples.STATUS_LIST, list, Instant.parse("2026-03-10T00:00:00Z"));

    assertThat(verifier.revocation(seven, published).status()).isEqualTo(Revocation.REVOKED);
    assertThat(verifier.revocation(seven, published).reason())
        .contains("entry 7 of " + Samples.STATUS_LIST);
    assertThat(verifier.revocation(eight, published).status()).isEqualTo(Revocation.NOT_REVOKED);
  }

  @Test
  void aStatusListThatIsNotTheRightOneTellsNothing() throws Exception {
    Verification seven =
        verifier.verify(
            issuer.issue(
                Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(7), Samples.ISSUED_AT));
    StatusList all = new StatusList();
    all.revoke(7);

    String otherList =
        issuer.issueStatusList(
            URI.create("https://passeurs.example/certificats/statuts/2"), all, Samples.ISSUED_AT);
    assertThat(verifier.revocation(seven, otherList).status()).isEqualTo(Revocation.UNKNOWN);
    assertThat(verifier.revocation(seven, otherList).reason()).contains("certificats/statuts/2");

    String good = issuer.issueStatusList(Samples.STATUS_LIST, new StatusList(), Samples.ISSUED_AT);
    String[] parts = good.split("\\.");
    String forged =
        parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + "AA";
    assertThat(verifier.revocation(seven, forged).status()).isEqualTo(Revocation.UNKNOWN);
    assertThat(verifier.revocation(seven, forged).reason()).contains("does not verify");

    Verification tampered = verifier.verify("a.b.c");
    assertThat(verifier.revocation(tampered, good).status()).isEqualTo(Revocation.UNKNOWN);
  }
}
