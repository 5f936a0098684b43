package fr.passeurs.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Something to tell a person, as a key of the texts bundle ({@code messages_fr.properties}, {@code
 * messages_en.properties}) and its arguments; written in a language only when someone reads it (see
 * {@link Messages}). Refusals, field errors and notices are messages, never sentences built in the
 * domain.
 */
public record Message(String key, List<Object> args) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Message {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  /** The text in this language. */
  public String in(Locale locale) {
    return Messages.format(locale, this);
  }

  /** The English text, for logs and exceptions. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
