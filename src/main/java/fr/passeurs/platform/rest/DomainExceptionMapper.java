package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A business refusal becomes a problem document with the status of its kind, in the client's
 * language.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(DomainException e) {
    return Problems.refusal(e, Problems.language(headers));
  }
}
