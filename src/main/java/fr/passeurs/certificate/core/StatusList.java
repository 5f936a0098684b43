package fr.passeurs.certificate.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The list through which certificates are revoked: a W3C Bitstring Status List, where bit <i>i</i>
 * is 1 when the certificate given index <i>i</i> is revoked. Each certificate names its list and
 * its index; the list is published, signed, as a status list credential, and anyone who checks a
 * certificate reads its bit there.
 *
 * <p>Following the W3C Recommendation exactly: the bitstring has at least 131,072 bits (16 KB), so
 * that fetching the list does not tell the platform which certificate is being checked; index 0 is
 * the left-most (most significant) bit of the first byte; the list is published GZIP-compressed,
 * then multibase-encoded as base64url without padding (the {@code u} prefix). Revocation is for
 * good: a revoked bit is never set back.
 *
 * <p>Not thread-safe: the application builds one from the revoked indexes it stores, then encodes
 * it.
 */
public final class StatusList {

  /** The smallest list the specification allows, in bits. */
  public static final int MINIMUM_SIZE = 131_072;

  /**
   * The largest list a verifier decodes (16 MiB of bits): a compressed list fetched from elsewhere
   * could otherwise inflate without end.
   */
  static final int MAXIMUM_BYTES = 16 << 20;

  private final byte[] bits;

  /** An empty list of the smallest size. */
  public StatusList() {
    this(MINIMUM_SIZE);
  }

  /**
   * An empty list of {@code size} bits.
   *
   * @throws IllegalArgumentException unless {@code size} is at least 131,072 and a multiple of 8
   */
  public StatusList(int size) {
    this(new byte[checkedSize(size) / 8]);
  }

  private StatusList(byte[] bits) {
    this.bits = bits;
  }

  /** The list that an {@code encodedList} carries. */
  public static StatusList decode(String encodedList) {
    if (encodedList == null || encodedList.isEmpty() || encodedList.charAt(0) != 'u') {
      throw new IllegalArgumentException(
          "An encoded status list is multibase base64url: it starts with u");
    }
    byte[] compressed;
    try {
      compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The status list is not base64url", e);
    }
    byte[] bits = gunzip(compressed);
    if (bits.length * 8L < MINIMUM_SIZE) {
      throw new IllegalArgumentException(
          "A status list has at least " + MINIMUM_SIZE + " bits, not " + bits.length * 8);
    }
    return new StatusList(bits);
  }

  /** The number of entries: certificates this list can revoke. */
  public int size() {
    return bits.length * 8;
  }

  /** Revokes the certificate at {@code index}, for good. */
  public void revoke(int index) {
    checkIndex(index);
    bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
  }

  public boolean isRevoked(int index) {
    checkIndex(index);
    return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
  }

  /** How many certificates of this list are revoked. */
  public int revokedCount() {
    int count = 0;
    for (byte b : bits) {
      count += Integer.bitCount(b & 0xff);
    }
    return count;
  }

  /**
   * The {@code encodedList} of the status list credential: the bitstring, GZIP-compressed, in
   * multibase base64url without padding. The same list always encodes the same.
   */
  public String encodedList() {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(bits.length / 64 + 64);
    // GZIPOutputStream writes no time nor file name in its header: the output depends on the bits
    // alone.
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 'u' + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
  }

  /** The raw bitstring, for tests. */
  byte[] bytes() {
    return bits.clone();
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(
          "Status list index " + index + " outside 0.." + (size() - 1));
    }
  }

  private static int checkedSize(int size) {
    if (size < MINIMUM_SIZE || size % 8 != 0) {
      throw new IllegalArgumentException(
          "A status list has at least " + MINIMUM_SIZE + " bits, a multiple of 8: " + size);
    }
    return size;
  }

  private static byte[] gunzip(byte[] compressed) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(MINIMUM_SIZE / 8);
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + n > MAXIMUM_BYTES) {
          throw new IllegalArgumentException(
              "A status list of more than " + MAXIMUM_BYTES + " bytes is refused");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalArgumentException("The status list is not GZIP: " + e.getMessage(), e);
    }
  }
}
