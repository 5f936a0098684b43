package fr.passeurs.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method that builds its own {@code Response} answers when it succeeds: the status,
 * the type of its body ({@code Void} for none) and its media type. The OpenAPI document reads it
 * ({@link ContractFilter}); a method answering two ways says both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Answers.Several.class)
public @interface Answers {

  int status();

  Class<?> value() default Void.class;

  String mediaType() default "application/json";

  /** Several successful answers of one method. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Several {
    Answers[] value();
  }
}
