package fr.passeurs.platform;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identifiers in URLs are opaque UUIDs, never sequence numbers. */
public final class Ids {

  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Ids() {}

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** True if the text has the shape of an identifier; anything else cannot name a record. */
  public static boolean isWellFormed(String id) {
    return id != null && UUID_FORM.matcher(id).matches();
  }
}
