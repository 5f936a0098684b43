package fr.passeurs.platform.rest;

import fr.passeurs.platform.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents ({@code application/problem+json}): {@code type}, {@code
 * title}, {@code status}, {@code detail}, and {@code errors} for invalid input.
 */
public final class Problems {

  public static final String PROBLEM_JSON = "application/problem+json";
  public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

  /** Problem types are identified by a path under this prefix. */
  public static final String TYPE_PREFIX = "/problems/";

  private Problems() {}

  public static Response response(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, Object> extensions) {
    return Response.status(status)
        .type(PROBLEM_JSON_TYPE)
        .entity(json(status, type, title, detail, errors, extensions))
        .build();
  }

  public static Response response(int status, String type, String title, String detail) {
    return response(status, type, title, detail, List.of(), Map.of());
  }

  /** The problem document as text, for writers outside JAX-RS (the servlet layer). */
  public static String json(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, Object> extensions) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", type == null ? "about:blank" : TYPE_PREFIX + type)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      problem.add("detail", detail);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      for (FieldError error : errors) {
        list.add(
            Json.createObjectBuilder().add("field", error.field()).add("message", error.message()));
      }
      problem.add("errors", list);
    }
    extensions.forEach((name, value) -> problem.add(name, toJson(value)));
    return problem.build().toString();
  }

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return Json.createValue(n.doubleValue());
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    return Json.createValue(String.valueOf(value));
  }

  /** A title for a bare HTTP status, for problems that are not domain refusals. */
  public static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Authentication required";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 409 -> "Conflict";
      case 415 -> "Unsupported media type";
      case 500 -> "Internal server error";
      default -> {
        Response.Status known = Response.Status.fromStatusCode(status);
        yield known == null ? "HTTP " + status : known.getReasonPhrase();
      }
    };
  }

  /** A sentence for a bare HTTP status. */
  public static String detailOf(int status) {
    return switch (status) {
      case 400 -> "The request is malformed: send a JSON object as described at /openapi.";
      case 401 -> "Log in to do this (HTTP Basic on the API).";
      case 403 -> "Your account may not do this.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept this HTTP method.";
      case 406 -> "This address cannot answer in the media type asked for.";
      case 415 -> "Send the request body as application/json.";
      default -> titleOf(status) + ".";
    };
  }
}
