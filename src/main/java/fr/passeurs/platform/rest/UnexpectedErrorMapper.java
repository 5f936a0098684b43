package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last net: anything else becomes a problem document. Two concurrency outcomes that the
 * database detects are conflicts (409); a body that cannot be read is a 400; a refusal or a failed
 * validation wrapped by a transaction keeps its answer; the rest is a 500 whose details go to the
 * log under a reference, never to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale language = Problems.language(headers);
    DomainException refusal = causeOf(e, DomainException.class);
    if (refusal != null) {
      return Problems.refusal(refusal, language);
    }
    ConstraintViolationException invalid = causeOf(e, ConstraintViolationException.class);
    if (invalid != null) {
      return Problems.refusal(ConstraintViolationMapper.refusal(invalid), language);
    }
    if (hasCause(e, OptimisticLockException.class)) {
      return Problems.refusal(
          new DomainException(
              DomainException.Kind.CONFLICT, "concurrent-update", "problem.concurrent-change"),
          language);
    }
    if (hasCause(e, SQLIntegrityConstraintViolationException.class)) {
      LOG.log(Level.WARNING, "A database constraint refused a write: " + rootCause(e).getMessage());
      return Problems.refusal(
          new DomainException(DomainException.Kind.CONFLICT, "constraint", "problem.constraint"),
          language);
    }
    if ((isJsonProblem(e) || e instanceof ProcessingException) && !isWritingAnAnswer(e)) {
      return badJson(e, language);
    }
    return unexpected(e, language);
  }

  static Response unexpected(Throwable e, Locale language) {
    String reference = Ids.newId();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return Problems.response(
        500,
        null,
        Problems.titleOf(500, language),
        fr.passeurs.platform.Messages.format(language, "problem.unexpected", reference),
        List.of(),
        Map.of(),
        language);
  }

  /** A body that cannot be read as this resource's JSON: 400. */
  static Response badJson(Throwable e, Locale language) {
    return Problems.response(
        400,
        null,
        Problems.titleOf(400, language),
        fr.passeurs.platform.Messages.format(language, "problem.bad-json"),
        List.of(),
        Map.of(),
        language);
  }

  /**
   * Whether the failure happened while writing our answer (a message body writer): our fault, a
   * 500, never the client's body.
   */
  static boolean isWritingAnAnswer(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getMethodName().equals("writeTo")) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isJsonProblem(Throwable e) {
    return hasCause(e, JsonbException.class) || hasCause(e, JsonParsingException.class);
  }

  static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    return causeOf(e, type) != null;
  }

  static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
