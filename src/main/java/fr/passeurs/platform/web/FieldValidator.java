package fr.passeurs.platform.web;

import jakarta.el.ValueExpression;
import jakarta.el.ValueReference;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pages' one validator of fields, in place of Faces' default bean validator: the value typed in
 * an input is checked by Bean Validation against the constraints of the property it is bound to,
 * or, when that property is marked {@link LimitsOf}, against those of the API's request record
 * component it stands for. Messages are the constraints' texts in the page's language, shown beside
 * the field. (Declared as the default validator in {@code faces-config.xml}.)
 */
public class FieldValidator implements Validator<Object> {

  public static final String ID = "passeurs.field";

  /** Made on first use (the server's Bean Validation provider). */
  private static final class Factory {
    static final ValidatorFactory INSTANCE = Validation.buildDefaultValidatorFactory();
  }

  @Override
  public void validate(FacesContext faces, UIComponent component, Object value) {
    ValueExpression expression = component.getValueExpression("value");
    if (expression == null) {
      return;
    }
    ValueReference reference = expression.getValueReference(faces.getELContext());
    if (reference == null || reference.getBase() == null || reference.getProperty() == null) {
      return;
    }
    Target target = targetOf(reference.getBase().getClass(), reference.getProperty().toString());
    Locale locale =
        faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.getDefault();
    Set<? extends ConstraintViolation<?>> violations =
        Factory.INSTANCE
            .usingContext()
            .messageInterpolator(inLanguage(Factory.INSTANCE.getMessageInterpolator(), locale))
            .getValidator()
            .validateValue(target.type(), target.property(), value);
    if (violations.isEmpty()) {
      return;
    }
    List<FacesMessage> messages = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations) {
      messages.add(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
    }
    throw new ValidatorException(messages);
  }

  /** What checks a property: its own constraints, or those of the record component it names. */
  record Target(Class<?> type, String property) {}

  static Target targetOf(Class<?> type, String property) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Field field;
      try {
        field = c.getDeclaredField(property);
      } catch (NoSuchFieldException e) {
        continue;
      }
      LimitsOf limits = field.getAnnotation(LimitsOf.class);
      if (limits != null) {
        return new Target(limits.value(), limits.field().isEmpty() ? property : limits.field());
      }
      break;
    }
    return new Target(type, property);
  }

  private static MessageInterpolator inLanguage(MessageInterpolator interpolator, Locale locale) {
    return new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return interpolator.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return interpolator.interpolate(template, context, locale);
      }
    };
  }
}
