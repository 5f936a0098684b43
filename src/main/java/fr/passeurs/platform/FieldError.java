package fr.passeurs.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One rejected input: the field (a JSON property or query parameter, {@code techniques[2]}) and
 * why, as a key of the texts bundle with its arguments.
 */
public record FieldError(String field, String code, List<Object> args) implements Serializable {

  private static final long serialVersionUID = 1L;

  public FieldError {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public FieldError(String field, String code, Object... args) {
    this(field, code, Arrays.asList(args));
  }

  /** Why, in this language. */
  public String message(Locale locale) {
    return Messages.format(locale, code, args.toArray());
  }

  /** Why, in English (logs). */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /** The same refusal about another field (a form names its fields its own way). */
  public FieldError on(String otherField) {
    return new FieldError(otherField, code, args);
  }
}
