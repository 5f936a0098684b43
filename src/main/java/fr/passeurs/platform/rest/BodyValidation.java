package fr.passeurs.platform.rest;

import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Set;

/**
 * Every body the API reads is validated (its Bean Validation constraints: lengths, ranges), as soon
 * as it is read, whether or not its resource method remembered to ask for it with {@code @Valid}.
 */
@Provider
public class BodyValidation implements ReaderInterceptor {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object body = context.proceed();
    if (body != null && !(body instanceof JsonValue) && body.getClass().isRecord()) {
      Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(body);
      if (!violations.isEmpty()) {
        throw new ConstraintViolationException(violations);
      }
    }
    return body;
  }
}
