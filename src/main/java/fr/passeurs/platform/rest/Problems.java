package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents ({@code application/problem+json}): {@code type}, {@code
 * title}, {@code status}, {@code detail}, and {@code errors} for invalid input; {@code title},
 * {@code detail} and the errors' {@code message} in the language the client asked for ({@code
 * Accept-Language}: French or English, English when absent or other), {@code type} and the errors'
 * {@code field} the same in both.
 */
public final class Problems {

  public static final String PROBLEM_JSON = "application/problem+json";
  public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

  /** Problem types are identified by a path under this prefix. */
  public static final String TYPE_PREFIX = "/problems/";

  private Problems() {}

  /** The language a request asks for in its {@code Accept-Language} header. */
  public static Locale language(jakarta.ws.rs.core.HttpHeaders headers) {
    return language(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** French or English, from an {@code Accept-Language} header; English when absent or other. */
  public static Locale language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Messages.ENGLISH;
    }
    try {
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Messages.LANGUAGES);
      return chosen == null ? Messages.ENGLISH : chosen;
    } catch (IllegalArgumentException e) {
      return Messages.ENGLISH;
    }
  }

  public static Response response(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, Object> extensions,
      Locale language) {
    return Response.status(status)
        .type(PROBLEM_JSON_TYPE)
        .entity(json(status, type, title, detail, errors, extensions, language))
        .build();
  }

  /** A refusal of the application as a problem document in this language. */
  public static Response refusal(DomainException e, Locale language) {
    Response.ResponseBuilder answer =
        Response.fromResponse(
            response(
                e.kind().status(),
                e.type(),
                e.kind().title(language),
                e.detail(language),
                e.errors(),
                e.extensions(),
                language));
    if (e.kind() == DomainException.Kind.UNAUTHENTICATED) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Passeurs\"");
    }
    Object retryAfter = e.extensions().get("retryAfterSeconds");
    if (retryAfter != null) {
      answer.header(HttpHeaders.RETRY_AFTER, retryAfter);
    }
    return answer.build();
  }

  /** A problem that is only its status, with the status's own title and detail. */
  public static Response response(int status, String type, Locale language) {
    return Response.status(status)
        .type(PROBLEM_JSON_TYPE)
        .entity(json(status, type, language))
        .build();
  }

  /** The problem document as text, for writers outside JAX-RS (the servlet layer). */
  public static String json(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, Object> extensions,
      Locale language) {
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
            Json.createObjectBuilder()
                .add("field", error.field())
                .add("message", error.message(language)));
      }
      problem.add("errors", list);
    }
    extensions.forEach((name, value) -> problem.add(name, toJson(value)));
    return problem.build().toString();
  }

  /** The status's own problem document as text. */
  public static String json(int status, String type, Locale language) {
    return json(
        status,
        type,
        titleOf(status, language),
        detailOf(status, language),
        List.of(),
        Map.of(),
        language);
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

  /** A title for a bare HTTP status ({@code problem.title.<status>}). */
  public static String titleOf(int status, Locale language) {
    String key = "problem.title." + status;
    if (Messages.has(key)) {
      return Messages.format(language, key);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }

  /** A sentence for a bare HTTP status ({@code problem.detail.<status>}). */
  public static String detailOf(int status, Locale language) {
    String key = "problem.detail." + status;
    return Messages.has(key) ? Messages.format(language, key) : titleOf(status, language) + ".";
  }
}
