package fr.passeurs.platform.rest;

import fr.passeurs.platform.Ids;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last net: anything else becomes a problem document. Two concurrency outcomes that the
 * database detects are conflicts (409); a body that cannot be read is a 400; the rest is a 500
 * whose details go to the log under a reference, never to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (hasCause(e, OptimisticLockException.class)) {
      return Problems.response(
          409,
          "concurrent-update",
          "Conflict",
          "Someone else changed this record at the same time. Reload it and try again.");
    }
    if (hasCause(e, SQLIntegrityConstraintViolationException.class)) {
      LOG.log(Level.WARNING, "A database constraint refused a write: " + rootCause(e).getMessage());
      return Problems.response(
          409,
          "constraint",
          "Conflict",
          "This conflicts with data recorded at the same time. Reload and try again.");
    }
    if (isJsonProblem(e) || e instanceof ProcessingException) {
      return Problems.response(400, null, "Bad request", jsonDetail(e));
    }
    return unexpected(e);
  }

  static Response unexpected(Throwable e) {
    String reference = Ids.newId();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return Problems.response(
        500,
        null,
        "Internal server error",
        "Something went wrong on our side. Reference: " + reference + ".");
  }

  static boolean isJsonProblem(Throwable e) {
    return hasCause(e, JsonbException.class) || hasCause(e, JsonParsingException.class);
  }

  static String jsonDetail(Throwable e) {
    return "The request body is not valid JSON for this resource"
        + " (check the field names and types).";
  }

  static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
