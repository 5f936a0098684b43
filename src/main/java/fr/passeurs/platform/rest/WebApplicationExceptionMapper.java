package fr.passeurs.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method, wrong media type, a body that is
 * not JSON) as problem documents, never as HTML.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;
  @Context private ResourceInfo resourceInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    Locale language = Problems.language(headers);
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedErrorMapper.unexpected(e, language);
    }
    if (status == 400 && UnexpectedErrorMapper.isJsonProblem(e)) {
      return UnexpectedErrorMapper.badJson(e, language);
    }
    if (status == 403 && resourceInfo.getResourceMethod() != null) {
      // the runtime's own check of @RolesAllowed refused: say which roles, as our filter does
      RolesAllowed roles =
          AuthorizationFilter.rolesOf(
              resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
      if (roles != null) {
        return Problems.refusal(AuthorizationFilter.refusal(roles), language);
      }
    }
    String type = status == 401 ? "unauthenticated" : status == 403 ? "forbidden" : null;
    Response.ResponseBuilder answer =
        Response.fromResponse(Problems.response(status, type, language))
            .type(Problems.PROBLEM_JSON_TYPE);
    if (status == 401) {
      answer.header("WWW-Authenticate", "Basic realm=\"Passeurs\"");
    }
    if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
      answer.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return answer.build();
  }
}
