package fr.passeurs.platform;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Writes Bean Validation messages from the texts bundle, in the reader's language ({@link
 * ConstraintCodes}): "est obligatoire", "200 caractères au plus". Declared in {@code
 * META-INF/validation.xml}, so that the pages' fields and the API's bodies say the same.
 */
public class CodedMessageInterpolator implements MessageInterpolator {

  private final MessageInterpolator standard =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.ENGLISH);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    Message message =
        ConstraintCodes.of(
            context.getConstraintDescriptor(), context.getValidatedValue(), template);
    return message == null ? standard.interpolate(template, context, locale) : message.in(locale);
  }
}
