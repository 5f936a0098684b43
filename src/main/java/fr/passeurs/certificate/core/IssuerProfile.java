package fr.passeurs.certificate.core;

import java.net.URI;
import java.util.Objects;

/**
 * Who issues the certificates: the platform, named in every credential as its issuer and on every
 * PDF. The manufactures where trainings take place are named too, but it is the platform that
 * signs.
 *
 * @param id the platform's address ({@code https://passeurs.fr}), the {@code iss} of every
 *     credential
 * @param name the platform's name, as printed
 */
public record IssuerProfile(URI id, String name) {

  public IssuerProfile {
    Objects.requireNonNull(id, "id");
    if (!id.isAbsolute()) {
      throw new IllegalArgumentException("The issuer's id is an absolute URI: " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The issuer has a name");
    }
  }
}
