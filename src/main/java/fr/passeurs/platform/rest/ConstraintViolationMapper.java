package fr.passeurs.platform.rest;

import fr.passeurs.platform.ConstraintCodes;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Message;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on a request become a 400 problem listing each failing field by its JSON
 * name (for example {@code email}, or {@code techniques[2]}), each with the code of its constraint
 * so that it reads in the client's language like every other refusal.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return Problems.refusal(refusal(e), Problems.language(headers));
  }

  /** The same refusal as a domain one: the fields and why, by code. */
  public static DomainException refusal(ConstraintViolationException e) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(errorOf(fieldOf(violation.getPropertyPath()), violation));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
    return DomainException.invalid(errors);
  }

  /** A violation as a field error with a code of the texts bundle. */
  public static FieldError errorOf(String field, ConstraintViolation<?> violation) {
    Message code =
        ConstraintCodes.of(
            violation.getConstraintDescriptor(),
            violation.getInvalidValue(),
            violation.getMessageTemplate());
    return code == null
        ? new FieldError(field, violation.getMessage())
        : new FieldError(field, code.key(), code.args());
  }

  /** The path after the method and parameter nodes, or the parameter itself if that is all. */
  static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getName() == null) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter == null ? "body" : parameter;
  }
}
