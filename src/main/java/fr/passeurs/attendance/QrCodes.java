package fr.passeurs.attendance;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes the trainer's screen shows for participants to sign a half-day: an HMAC of the session,
 * the half-day and the current 30-second window, under the platform's secret. A code is taken
 * during its window and the next (a participant scanning at the turn of a window is not refused),
 * so a photo of it is useless a minute later; the participant must be logged in.
 */
public final class QrCodes {

  /** How long one code is shown. */
  public static final long WINDOW_SECONDS = 30;

  private final byte[] secret;

  public QrCodes(byte[] secret) {
    this.secret = secret.clone();
  }

  public static long window(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), WINDOW_SECONDS);
  }

  /** When the code of this window stops being shown. */
  public static Instant windowEnd(Instant at) {
    return Instant.ofEpochSecond((window(at) + 1) * WINDOW_SECONDS);
  }

  public String code(String sessionId, int slot, Instant at) {
    return code(sessionId, slot, window(at));
  }

  /** True if this code is the one of now or of the window just before. */
  public boolean accepts(String code, String sessionId, int slot, Instant now) {
    if (code == null) {
      return false;
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long window = window(now);
    return MessageDigest.isEqual(
            given, code(sessionId, slot, window).getBytes(StandardCharsets.US_ASCII))
        || MessageDigest.isEqual(
            given, code(sessionId, slot, window - 1).getBytes(StandardCharsets.US_ASCII));
  }

  private String code(String sessionId, int slot, long window) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest =
          mac.doFinal((sessionId + "|" + slot + "|" + window).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }
}
