package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A business refusal becomes a problem document with the status of its kind. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException e) {
    Response response =
        Problems.response(
            e.kind().status(),
            e.type(),
            e.kind().title(),
            e.getMessage(),
            e.errors(),
            e.extensions());
    if (e.kind() == DomainException.Kind.UNAUTHENTICATED) {
      return Response.fromResponse(response)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Passeurs\"")
          .build();
    }
    return response;
  }
}
