package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every JSON body the API reads passes here first: a body is required (unless its parameter is
 * {@link OptionalBody}), must be JSON, and must fit the type it is read into ({@link JsonBody}).
 * What does not is refused with a 400 naming each bad field, before anything reads it.
 */
@Provider
public class JsonBodyCheck implements ContainerRequestFilter {

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Method method = resource.getResourceMethod();
    Parameter body = method == null ? null : bodyOf(method);
    MediaType type = request.getMediaType();
    if (body == null || (type != null && !isJson(type)) || !checked(body.getType())) {
      return;
    }
    byte[] bytes;
    try (InputStream in = request.getEntityStream()) {
      bytes = in.readAllBytes();
    }
    request.setEntityStream(new ByteArrayInputStream(bytes));
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank() || text.strip().equals("null")) {
      if (!body.isAnnotationPresent(OptionalBody.class)) {
        throw DomainException.invalid("body", "invalid.body-required");
      }
      return;
    }
    if (type == null) {
      return; // a body without a media type: JAX-RS answers 415
    }
    JsonValue tree;
    try (var reader = Json.createReader(new StringReader(text))) {
      tree = reader.readValue();
    } catch (JsonParsingException e) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "malformed-json",
          "problem.malformed-json",
          e.getLocation() == null ? 1 : e.getLocation().getLineNumber(),
          e.getLocation() == null ? 1 : e.getLocation().getColumnNumber());
    } catch (JsonException e) {
      throw new DomainException(DomainException.Kind.INVALID, "malformed-json", "problem.bad-json");
    }
    List<FieldError> problems = JsonBody.problems(tree, body.getParameterizedType());
    if (!problems.isEmpty()) {
      throw DomainException.invalid(problems);
    }
  }

  /** The parameter that receives the body: the one no JAX-RS annotation binds to something else. */
  public static Parameter bodyOf(Method method) {
    return Arrays.stream(method.getParameters())
        .filter(
            p ->
                Arrays.stream(p.getAnnotations())
                    .noneMatch(a -> NOT_THE_BODY.contains(a.annotationType())))
        .findFirst()
        .orElse(null);
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && ("json".equalsIgnoreCase(type.getSubtype())
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }

  /** Bodies read as JSON values, text or raw bytes are the resource's own business. */
  private static boolean checked(Class<?> type) {
    return !JsonValue.class.isAssignableFrom(type)
        && type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type);
  }
}
