package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class StatusListTest {

  @Test
  void aNewListHas131072EntriesAndNoneRevoked() {
    StatusList list = new StatusList();

    assertThat(list.size()).isEqualTo(131_072);
    assertThat(list.bytes()).hasSize(16 * 1024);
    assertThat(list.revokedCount()).isZero();
    assertThat(list.isRevoked(0)).isFalse();
    assertThat(list.isRevoked(131_071)).isFalse();
  }

  @Test
  void indexZeroIsTheLeftMostBitOfTheFirstByte() {
    StatusList list = new StatusList();

    list.revoke(0);
    assertThat(list.bytes()[0]).isEqualTo((byte) 0b1000_0000);
    list.revoke(7);
    assertThat(list.bytes()[0]).isEqualTo((byte) 0b1000_0001);
    list.revoke(10);
    assertThat(list.bytes()[1]).isEqualTo((byte) 0b0010_0000);
    list.revoke(131_071);
    assertThat(list.bytes()[16 * 1024 - 1]).isEqualTo((byte) 0b0000_0001);

    assertThat(list.isRevoked(0)).isTrue();
    assertThat(list.isRevoked(1)).isFalse();
    assertThat(list.isRevoked(7)).isTrue();
    assertThat(list.isRevoked(9)).isFalse();
    assertThat(list.isRevoked(10)).isTrue();
    assertThat(list.isRevoked(11)).isFalse();
    assertThat(list.revokedCount()).isEqualTo(4);
  }

  @Test
  void revokingTwiceChangesNothing() {
    StatusList list = new StatusList();
    list.revoke(42);
    list.revoke(42);

    assertThat(list.revokedCount()).isEqualTo(1);
  }

  @Test
  void theEncodedListIsTheBitstringGzippedInMultibaseBase64Url() throws Exception {
    StatusList list = new StatusList();
    list.revoke(3);
    list.revoke(94_567);

    String encoded = list.encodedList();

    assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
    // Decoded here with the JDK alone, as any verifier would.
    byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
    byte[] bits = new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes();
    assertThat(bits).hasSize(16 * 1024).isEqualTo(list.bytes());
    assertThat(bits[0]).isEqualTo((byte) 0x10);
    assertThat(bits[94_567 / 8]).isEqualTo((byte) (0x80 >>> (94_567 % 8)));
    assertThat(encoded.length()).as("16 KB of mostly zeros compresses well").isLessThan(200);
  }

  @Test
  void theSameListAlwaysEncodesTheSame() {
    StatusList a = new StatusList();
    StatusList b = new StatusList();
    a.revoke(12);
    b.revoke(12);

    assertThat(a.encodedList()).isEqualTo(b.encodedList()).isEqualTo(a.encodedList());
  }

  @Test
  void anEncodedListDecodesToTheSameBits() {
    StatusList list = new StatusList(262_144);
    list.revoke(0);
    list.revoke(200_000);

    StatusList decoded = StatusList.decode(list.encodedList());

    assertThat(decoded.size()).isEqualTo(262_144);
    assertThat(decoded.isRevoked(0)).isTrue();
    assertThat(decoded.isRevoked(200_000)).isTrue();
    assertThat(decoded.revokedCount()).isEqualTo(2);
  }

  @Test
  void aListMadeElsewhereIsReadBitForBit() throws Exception {
    byte[] bits = new byte[16 * 1024];
    bits[0] = (byte) 0b0100_0000; // index 1
    bits[2] = (byte) 0b0000_0011; // indexes 22 and 23
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(bits);
    }
    String encoded =
        "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());

    StatusList list = StatusList.decode(encoded);

    assertThat(list.isRevoked(0)).isFalse();
    assertThat(list.isRevoked(1)).isTrue();
    assertThat(list.isRevoked(21)).isFalse();
    assertThat(list.isRevoked(22)).isTrue();
    assertThat(list.isRevoked(23)).isTrue();
    assertThat(list.revokedCount()).isEqualTo(3);
  }

  @Test
  void theEmptyListOfTheSpecificationsExampleDecodes() {
    StatusList list =
        StatusList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");

    assertThat(list.size()).isEqualTo(131_072);
    assertThat(list.revokedCount()).isZero();
  }

  @Test
  void whatIsNotAStatusListIsRefused() throws Exception {
    assertThatThrownBy(() -> StatusList.decode("")).hasMessageContaining("starts with u");
    assertThatThrownBy(() -> StatusList.decode("zH4sI")).hasMessageContaining("starts with u");
    assertThatThrownBy(() -> StatusList.decode("u!!!")).hasMessageContaining("base64url");
    assertThatThrownBy(() -> StatusList.decode("uAAAA")).hasMessageContaining("not GZIP");
    ByteArrayOutputStream small = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(small)) {
      gzip.write(new byte[1024]);
    }
    String tooSmall =
        "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(small.toByteArray());
    assertThatThrownBy(() -> StatusList.decode(tooSmall)).hasMessageContaining("at least 131072");
  }

  @Test
  void aListThatWouldInflateBeyondReasonIsRefused() throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 17; i++) {
        gzip.write(zeros);
      }
    }
    String encoded =
        "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bomb.toByteArray());

    assertThatThrownBy(() -> StatusList.decode(encoded)).hasMessageContaining("is refused");
  }

  @Test
  void sizesAndIndexesOutsideTheListAreRefused() {
    assertThatThrownBy(() -> new StatusList(131_064)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatusList(131_073)).isInstanceOf(IllegalArgumentException.class);
    StatusList list = new StatusList();
    assertThatThrownBy(() -> list.revoke(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.isRevoked(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
