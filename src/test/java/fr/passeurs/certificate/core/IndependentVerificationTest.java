package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verifies issued certificates as someone else would, without {@link CredentialVerifier}: from the
 * published JWK set's JSON, with Nimbus's own API, then with the JDK alone. If these pass, the JWK
 * set and the JWT are standard, not merely understood by our own code.
 */
class IndependentVerificationTest {

  private final SigningKeys keys = TestKeys.rotated();
  private final String publishedJwks = keys.publicJwksJson();
  private final Instant issuedAt = Instant.now().minus(1, ChronoUnit.HOURS);
  private final String jwt =
      new CredentialIssuer(Samples.PLATFORM, keys.active())
          .issue(Samples.completion("K7QM-3XPA-9D2F"), Samples.entry(3), issuedAt);

  @Test
  void theJwtVerifiesWithTheKeyOfThePublishedSetThatItsHeaderNames() throws Exception {
    JWKSet jwks = JWKSet.parse(publishedJwks);
    JWSObject jws = JWSObject.parse(jwt);

    RSAKey key = jwks.getKeyByKeyId(jws.getHeader().getKeyID()).toRSAKey();
    JWSVerifier verifier = new RSASSAVerifier(key);

    assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jws.verify(verifier)).isTrue();
    assertThat(jws.getPayload().toJSONObject()).containsEntry("iss", "https://passeurs.example");
  }

  @Test
  void nimbusOwnJwtProcessorAcceptsItOnceToldTheVcJwtType() throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.RS256, new ImmutableJWKSet<>(JWKSet.parse(publishedJwks))));
    // A JWT processor accepts the plain JWT type by default; a credential is typed vc+jwt.
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("vc+jwt")));

    JWTClaimsSet claims = processor.process(jwt, null);

    assertThat(claims.getIssuer()).isEqualTo("https://passeurs.example");
    assertThat(claims.getJWTID()).isEqualTo("https://passeurs.example/verifier/K7QM-3XPA-9D2F");
    assertThat(claims.getStringListClaim("type")).contains("OpenBadgeCredential");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theJdkAloneVerifiesTheRs256SignatureWithTheModulusAndExponentOfTheSet() throws Exception {
    String[] parts = jwt.split("\\.");
    Map<String, Object> header = JSONObjectUtils.parse(new Base64URL(parts[0]).decodeToString());
    List<Map<String, Object>> published =
        (List<Map<String, Object>>) (List<?>) JSONObjectUtils.parse(publishedJwks).get("keys");
    Map<String, Object> jwk =
        published.stream()
            .filter(k -> k.get("kid").equals(header.get("kid")))
            .findFirst()
            .orElseThrow();

    PublicKey key =
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new RSAPublicKeySpec(
                    new BigInteger(1, new Base64URL((String) jwk.get("n")).decode()),
                    new BigInteger(1, new Base64URL((String) jwk.get("e")).decode())));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(key);
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

    assertThat(header).containsEntry("alg", "RS256").containsEntry("typ", "vc+jwt");
    assertThat(rs256.verify(new Base64URL(parts[2]).decode())).isTrue();
  }

  @Test
  void aCertificateSignedBeforeTheRotationVerifiesTheSameWay() throws Exception {
    String old =
        new CredentialIssuer(Samples.PLATFORM, TestKeys.first().active())
            .issue(Samples.attendance("K7QM-3XPA-9D2G"), Samples.entry(4), issuedAt);
    JWSObject jws = JWSObject.parse(old);

    RSAKey key = JWKSet.parse(publishedJwks).getKeyByKeyId(jws.getHeader().getKeyID()).toRSAKey();

    assertThat(jws.getHeader().getKeyID()).isNotEqualTo(keys.active().kid());
    assertThat(jws.verify(new RSASSAVerifier(key))).isTrue();
  }
}
