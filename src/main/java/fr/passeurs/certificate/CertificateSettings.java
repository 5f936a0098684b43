package fr.passeurs.certificate;

import fr.passeurs.certificate.core.IssuerProfile;
import fr.passeurs.certificate.core.PublicCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the platform is reached from outside ({@code passeurs.public-url}), from which the
 * addresses printed on certificates follow: the issuer's id, the verification page of each
 * certificate and the published status lists.
 */
@ApplicationScoped
public class CertificateSettings {

  /** The name the platform signs with. */
  public static final String PLATFORM_NAME = "Passeurs";

  @Inject
  @ConfigProperty(name = "passeurs.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  /** The public address, without a trailing slash. */
  public String base() {
    String url = publicUrl.strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public IssuerProfile issuer() {
    return new IssuerProfile(URI.create(base()), PLATFORM_NAME);
  }

  /** The page where anyone checks the certificate: {@code <public URL>/verify/<code>}. */
  public URI verificationUrl(PublicCode code) {
    return URI.create(base() + "/verify/" + code.value());
  }

  /** Where the status list credential of that number is published. */
  public URI statusListUrl(int number) {
    return URI.create(base() + "/api/certificates/status-lists/" + number);
  }

  /** The code at the end of a verification address, if it is one of this platform's. */
  public java.util.Optional<PublicCode> codeOf(Object verificationUrl) {
    String prefix = base() + "/verify/";
    if (verificationUrl instanceof String url && url.startsWith(prefix)) {
      return PublicCode.tryParse(url.substring(prefix.length()));
    }
    return java.util.Optional.empty();
  }
}
