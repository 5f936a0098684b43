package fr.passeurs.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method, wrong media type, a body that is
 * not JSON) as problem documents, never as HTML.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedErrorMapper.unexpected(e);
    }
    String detail = Problems.detailOf(status);
    if (status == 400 && UnexpectedErrorMapper.isJsonProblem(e)) {
      detail = UnexpectedErrorMapper.jsonDetail(e);
    }
    String type = status == 401 ? "unauthenticated" : status == 403 ? "forbidden" : null;
    Response.ResponseBuilder answer =
        Response.fromResponse(Problems.response(status, type, Problems.titleOf(status), detail))
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
