package fr.passeurs.certificate.core;

import java.net.URI;
import java.util.Objects;

/**
 * Where a certificate's revocation is read: the status list credential that holds its bit, and the
 * index of that bit. The application hands out indexes, each once, in a list; the entry is part of
 * the signed certificate, so it can never be moved.
 *
 * @param statusListCredential the address of the status list credential
 * @param index the certificate's bit in that list, from 0
 */
public record StatusListEntry(URI statusListCredential, int index) {

  public StatusListEntry {
    Objects.requireNonNull(statusListCredential, "statusListCredential");
    if (!statusListCredential.isAbsolute() || statusListCredential.getFragment() != null) {
      throw new IllegalArgumentException(
          "A status list is named by an absolute address without fragment: "
              + statusListCredential);
    }
    if (index < 0) {
      throw new IllegalArgumentException("A status list index is not negative: " + index);
    }
  }

  /** The {@code id} of the entry in the credential: the list's address, then the index. */
  public URI id() {
    return URI.create(statusListCredential + "#" + index);
  }
}
