package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @Test
  void aNewKeyIsRsa3072ForRs256NamedByItsThumbprint() throws Exception {
    IssuerKey key = TestKeys.first().active();

    assertThat(key.bits()).isEqualTo(3072);
    assertThat(key.active()).isTrue();
    assertThat(key.createdAt()).isEqualTo(TestKeys.OLD_CREATED);
    RSAKey published = key.publicJwk();
    assertThat(key.kid()).isEqualTo(published.computeThumbprint("SHA-256").toString());
    assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
    assertThat(published.getIssueTime().toInstant()).isEqualTo(TestKeys.OLD_CREATED);
    assertThat(published.isPrivate()).isFalse();
  }

  @Test
  void aKeyIsStoredAsItsPrivateJwkWithItsCreationTime() throws Exception {
    IssuerKey key = TestKeys.first().active();

    String stored = key.toStoredJson();
    Map<String, Object> json = JSONObjectUtils.parse(stored);

    assertThat(json).containsKeys("kty", "n", "e", "d", "p", "q", "kid", "iat", "alg", "use");
    assertThat(IssuerKey.fromStoredJson(stored, true)).isEqualTo(key);
    IssuerKey retired = IssuerKey.fromStoredJson(stored, false);
    assertThat(retired.active()).isFalse();
    assertThat(retired.kid()).isEqualTo(key.kid());
    assertThat(retired.createdAt()).isEqualTo(key.createdAt());
  }

  @Test
  void whatIsNotAStoredPrivateKeyIsRefused() {
    IssuerKey key = TestKeys.first().active();

    assertThatThrownBy(() -> IssuerKey.fromStoredJson("{", true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IssuerKey.fromStoredJson(key.publicJwk().toJSONString(), true))
        .hasMessageContaining("private RSA JWK");
  }

  @Test
  void aKeyNeverShowsItsPrivatePartsInALog() throws Exception {
    IssuerKey key = TestKeys.first().active();
    String privateExponent = key.privateJwk().getPrivateExponent().toString();

    assertThat(key.toString()).contains(key.kid()).doesNotContain(privateExponent);
    assertThat(TestKeys.rotated().toString()).doesNotContain(privateExponent);
  }

  @Test
  void aKeyIsReadFromAPkcs8Pem(@TempDir Path dir) throws Exception {
    IssuerKey key = TestKeys.first().active();
    Instant created = Instant.parse("2025-06-01T12:00:00.123Z");

    IssuerKey read = IssuerKey.fromPem(key.toPem(), created);

    assertThat(read.kid()).isEqualTo(key.kid());
    assertThat(read.privateJwk().toPrivateKey()).isEqualTo(key.privateJwk().toPrivateKey());
    assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
    assertThat(read.active()).isTrue();

    Path file = dir.resolve("signing-key.pem");
    Files.writeString(file, "# given by the operator\n" + key.toPem(), StandardCharsets.US_ASCII);
    assertThat(IssuerKey.fromPem(file, created).kid()).isEqualTo(key.kid());
  }

  @Test
  void aPemKeyOf2048BitsIsTakenButNotOneOf1024() throws Exception {
    assertThat(IssuerKey.fromPem(pemOfNewRsaKey(2048), Instant.EPOCH).bits()).isEqualTo(2048);
    assertThatThrownBy(() -> IssuerKey.fromPem(pemOfNewRsaKey(1024), Instant.EPOCH))
        .hasMessageContaining("at least 2048 bits");
  }

  @Test
  void aPemThatIsNotAnUnencryptedPkcs8RsaKeyIsRefusedWithWhatToDo() throws Exception {
    assertThatThrownBy(
            () -> IssuerKey.fromPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n", Instant.EPOCH))
        .hasMessageContaining("openssl pkcs8 -topk8");
    assertThatThrownBy(
            () -> IssuerKey.fromPem("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n", Instant.EPOCH))
        .hasMessageContaining("encrypted");
    assertThatThrownBy(() -> IssuerKey.fromPem("hello", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                IssuerKey.fromPem(
                    "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", Instant.EPOCH))
        .hasMessageContaining("Not a PKCS#8 RSA private key");
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    String ecPem = pem(ec.generateKeyPair().getPrivate().getEncoded());
    assertThatThrownBy(() -> IssuerKey.fromPem(ecPem, Instant.EPOCH))
        .hasMessageContaining("Not a PKCS#8 RSA private key");
  }

  @Test
  void aRotationRetiresTheActiveKeyAndKeepsIt() {
    SigningKeys before = TestKeys.first();
    SigningKeys after = TestKeys.rotated();

    IssuerKey old = before.active();
    assertThat(after.active().kid()).isNotEqualTo(old.kid());
    assertThat(after.active().createdAt()).isEqualTo(TestKeys.NEW_CREATED);
    assertThat(after.find(old.kid())).hasValueSatisfying(k -> assertThat(k.active()).isFalse());
    assertThat(after.all())
        .extracting(IssuerKey::kid)
        .containsExactly(after.active().kid(), old.kid());
    assertThat(before.active()).as("a set is never changed").isEqualTo(old);
  }

  @Test
  void thePublishedSetHasThePublicHalvesOfEveryKeyAndNothingPrivate() throws Exception {
    SigningKeys keys = TestKeys.rotated();

    String json = keys.publicJwksJson();
    JWKSet parsed = JWKSet.parse(json);

    assertThat(parsed.getKeys())
        .extracting(JWK::getKeyID)
        .containsExactly(keys.all().get(0).kid(), keys.all().get(1).kid());
    assertThat(parsed.getKeys()).noneMatch(JWK::isPrivate);
    assertThat(json).doesNotContain("\"d\"").doesNotContain("\"p\"");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> published =
        (List<Map<String, Object>>) (List<?>) JSONObjectUtils.parse(json).get("keys");
    assertThat(published)
        .allSatisfy(
            k ->
                assertThat(k)
                    .containsEntry("kty", "RSA")
                    .containsEntry("alg", "RS256")
                    .containsKey("iat"));
  }

  @Test
  void anotherKeyGivenByTheOperatorBecomesTheActiveOne() throws Exception {
    IssuerKey given = IssuerKey.fromPem(pemOfNewRsaKey(2048), TestKeys.NEW_CREATED);

    SigningKeys keys = TestKeys.first().withActive(given);

    assertThat(keys.active().kid()).isEqualTo(given.kid());
    assertThat(keys.all()).hasSize(2);
    SigningKeys again = keys.withActive(TestKeys.first().active().retired());
    assertThat(again.active().kid()).isEqualTo(TestKeys.first().active().kid());
    assertThat(again.find(given.kid())).hasValueSatisfying(k -> assertThat(k.active()).isFalse());
  }

  @Test
  void aLeakedKeyIsRemovedFromTheSet() {
    SigningKeys keys = TestKeys.rotated();
    String leaked = TestKeys.first().active().kid();

    SigningKeys cleaned = keys.without(leaked);

    assertThat(cleaned.find(leaked)).isEmpty();
    assertThat(cleaned.publicJwksJson()).doesNotContain(leaked);
    assertThat(cleaned.active()).isEqualTo(keys.active());
  }

  @Test
  void aSetIsConsistent() {
    IssuerKey key = TestKeys.first().active();
    IssuerKey other = TestKeys.rotated().active();

    assertThatThrownBy(() -> SigningKeys.of(List.of(key, key.retired())))
        .hasMessageContaining("Two signing keys have the kid");
    assertThatThrownBy(() -> SigningKeys.of(List.of(key, other)))
        .hasMessageContaining("Only one signing key is active");
    assertThatThrownBy(() -> SigningKeys.of(List.of(key.retired())).active())
        .isInstanceOf(IllegalStateException.class);
  }

  private static String pemOfNewRsaKey(int bits) throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(bits);
    return pem(rsa.generateKeyPair().getPrivate().getEncoded());
  }

  private static String pem(byte[] pkcs8) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(pkcs8)
        + "\n-----END PRIVATE KEY-----\n";
  }
}
