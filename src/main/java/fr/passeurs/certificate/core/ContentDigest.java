package fr.passeurs.certificate.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Whether two certificates state the same thing: the SHA-256 of everything a certificate states
 * except its code, issue day and address, which each issue draws anew. Issuing again what was
 * issued already gives the same digest, and the certificate in place is kept.
 */
public final class ContentDigest {

  private ContentDigest() {}

  public static String of(CertificateContent c) {
    List<String> parts =
        List.of(
            c.kind().name(),
            c.recipientName(),
            c.trainingTitle(),
            c.actionNature(),
            c.knowHow(),
            c.craft(),
            c.from().toString(),
            c.to().toString(),
            Long.toString(c.attended().toMinutes()),
            Long.toString(c.planned().toMinutes()),
            c.trainerName(),
            c.manufacture().name(),
            c.manufacture().address(),
            c.manufacture().identifier());
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // a separator no text holds, so that ("ab", "c") and ("a", "bc") differ
      byte[] bytes = String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(sha.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
