package fr.passeurs.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The length of a text of a request, known before the database sees it: at most {@code max}
 * characters (the column's size). Unlike {@code @Size}, it never lands on a record's constructor
 * parameters (where Payara's OpenAPI generator cannot read constraints), so a record carrying it
 * needs no canonical constructor written out; on the items of a list, {@code List<@TextSize(max =
 * 36) String>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = TextSize.Check.class)
public @interface TextSize {

  int max();

  String message() default "{invalid.length.max}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the length; a missing text is left to {@code @NotNull} and the domain. */
  class Check implements ConstraintValidator<TextSize, CharSequence> {

    private int max;

    @Override
    public void initialize(TextSize annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
      return text == null || text.length() <= max;
    }
  }
}
