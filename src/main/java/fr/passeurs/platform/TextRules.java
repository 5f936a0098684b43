package fr.passeurs.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a text people type may hold, wherever it enters (the API's bodies, the pages' fields): no
 * control character (a tab or a line break only in a text of several lines), no bidirectional
 * override or isolate (which make a name read differently from what it is), no half of a surrogate
 * pair (which the database would store as "?"). Such characters reach certificates, registers, CSV
 * exports and e-mails, where they hide or break text.
 *
 * <p>Each refusal is the key of its text in the bundle.
 */
public final class TextRules {

  public static final String CONTROL = "invalid.text.control";
  public static final String LINE_BREAK = "invalid.text.line-break";
  public static final String BIDI = "invalid.text.bidi";
  public static final String SURROGATE = "invalid.text.surrogate";
  public static final String WEB_ADDRESS = "invalid.web-address";

  private TextRules() {}

  /**
   * Why this text may not be kept, or empty if it may. A text of several lines ({@code multiLine})
   * may hold tabs and line breaks.
   */
  public static Optional<String> refusal(String text, boolean multiLine) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        if (!multiLine) {
          return Optional.of(LINE_BREAK);
        }
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return Optional.of(CONTROL);
      } else if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
        return Optional.of(BIDI);
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return Optional.of(SURROGATE);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return Optional.of(SURROGATE);
      }
    }
    return Optional.empty();
  }

  /**
   * A text as the domain keeps it: stripped, null when blank; refused (400 on {@code field}) when
   * longer than {@code max} characters or holding what {@link #refusal} forbids.
   */
  public static String checked(String field, String text, int max, boolean multiLine) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String kept = text.strip();
    if (kept.length() > max) {
      throw DomainException.invalid(field, "invalid.length.max", max);
    }
    refusal(kept, multiLine)
        .ifPresent(
            code -> {
              throw DomainException.invalid(field, code);
            });
    return kept;
  }

  /**
   * True for an absolute {@code http} or {@code https} address with a host: never {@code
   * javascript:}, {@code data:} or a relative path, which a page would turn into a link.
   */
  public static boolean isWebAddress(String address) {
    if (address == null || address.isBlank() || refusal(address, false).isPresent()) {
      return false;
    }
    try {
      URI uri = new URI(address.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The address if it is a web address ({@link #isWebAddress}), else null: safe to link to. */
  public static String linkable(String address) {
    return isWebAddress(address) ? address.trim() : null;
  }
}
