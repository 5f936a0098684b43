package fr.passeurs.platform;

import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Map;

/**
 * A Bean Validation constraint as a refusal code with its arguments, so that a length, a range or a
 * required field reads the same in the API's problems and on the pages, in either language.
 */
public final class ConstraintCodes {

  private ConstraintCodes() {}

  /**
   * The message of a violated constraint: by the constraint's kind, or the key its template names
   * ({@code {invalid.web-address}}); null if neither (the constraint's own message then).
   */
  public static Message of(ConstraintDescriptor<?> constraint, Object value, String template) {
    Message named = keyOf(template);
    if (named != null) {
      return named;
    }
    Map<String, Object> attributes = constraint.getAttributes();
    String kind = constraint.getAnnotation().annotationType().getSimpleName();
    return switch (kind) {
      case "NotNull", "NotBlank", "NotEmpty" -> Message.of("invalid.required");
      case "Size" -> {
        int min = (Integer) attributes.get("min");
        int max = (Integer) attributes.get("max");
        String unit =
            value instanceof Collection<?> || value instanceof Map<?, ?> ? "count" : "length";
        yield min <= 0
            ? Message.of("invalid." + unit + ".max", max)
            : Message.of("invalid." + unit + ".range", min, max);
      }
      case "TextSize" -> Message.of("invalid.length.max", attributes.get("max"));
      case "Min", "DecimalMin" -> Message.of("invalid.min", attributes.get("value"));
      case "Positive" -> Message.of("invalid.min", 1);
      case "PositiveOrZero" -> Message.of("invalid.min", 0);
      case "Max", "DecimalMax" -> Message.of("invalid.max", attributes.get("value"));
      case "Email" -> Message.of("invalid.email");
      case "Past", "PastOrPresent" -> Message.of("invalid.past");
      case "Future", "FutureOrPresent" -> Message.of("invalid.future");
      case "Pattern" -> Message.of("invalid.pattern");
      default -> null;
    };
  }

  private static Message keyOf(String template) {
    if (template != null && template.startsWith("{") && template.endsWith("}")) {
      String key = template.substring(1, template.length() - 1);
      if (Messages.has(key)) {
        return Message.of(key);
      }
    }
    return null;
  }
}
