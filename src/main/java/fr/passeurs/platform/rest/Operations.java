package fr.passeurs.platform.rest;

import fr.passeurs.platform.idempotency.ApiIdempotency;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Each operation's request body and answer as its Java method says: every media type the methods of
 * one path and verb take (the generator keeps only one), the record of a JSON body, and the type a
 * method returns as its 200 answer (a page of items as a page of that item). Methods that return a
 * {@code Response} choose their status at run time: their answer stays as generated.
 */
final class Operations {

  private final OpenAPI openAPI;
  private final List<Class<?>> resources;
  private final Schemas schemas;

  Operations(OpenAPI openAPI, List<Class<?>> resources, Map<String, Class<?>> records) {
    this.openAPI = openAPI;
    this.resources = resources;
    this.schemas = new Schemas(openAPI, records);
  }

  void describe() {
    if (openAPI.getPaths() == null) {
      return;
    }
    for (Class<?> resource : resources) {
      String base = "/api/" + resource.getAnnotation(jakarta.ws.rs.Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        PathItem.HttpMethod verb = verb(method);
        if (verb == null) {
          continue;
        }
        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
        String path = normalised(base + (sub == null ? "" : "/" + sub.value()));
        PathItem item = openAPI.getPaths().getPathItem(path);
        Operation operation = item == null ? null : item.getOperations().get(verb);
        if (operation != null) {
          body(operation, resource, method);
          answer(operation, method);
          security(operation, resource, method);
          problems(operation, resource, method, path);
          paging(operation);
        }
      }
    }
  }

  /**
   * The paging parameters as what they are: numbers, a page from 0, a size from 1 to {@link
   * PageRequest#MAX_SIZE} (the resources take them as text to refuse a bad one by name).
   */
  private static void paging(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (org.eclipse.microprofile.openapi.models.parameters.Parameter p :
        operation.getParameters()) {
      if (p.getIn() != org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY) {
        continue;
      }
      if ("page".equals(p.getName())) {
        p.setSchema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(java.math.BigDecimal.ZERO)
                .defaultValue(0));
        p.setDescription("The page, from 0.");
      } else if ("size".equals(p.getName())) {
        p.setSchema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(java.math.BigDecimal.ONE)
                .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE))
                .defaultValue(PageRequest.DEFAULT_SIZE));
        p.setDescription("Items per page.");
      }
    }
  }

  private void body(Operation operation, Class<?> resource, Method method) {
    Type body = bodyOf(method);
    if (body == null) {
      return;
    }
    Schema schema = schemas.of(body);
    RequestBody request = operation.getRequestBody();
    if (request == null) {
      request = OASFactory.createRequestBody();
      operation.setRequestBody(request);
    }
    Content content = request.getContent();
    if (content == null) {
      content = OASFactory.createContent();
      request.setContent(content);
    }
    for (String type : consumed(resource, method)) {
      content.addMediaType(type, OASFactory.createMediaType().schema(schema));
    }
  }

  private void answer(Operation operation, Method method) {
    Type returned = method.getGenericReturnType();
    Class<?> raw = Schemas.raw(returned);
    Answers[] answers = method.getAnnotationsByType(Answers.class);
    if (answers.length > 0) {
      answered(operation, answers);
      return;
    }
    if (raw == void.class) {
      APIResponses responses = responsesOf(operation);
      responses.removeAPIResponse("default");
      responses.addAPIResponse("204", OASFactory.createAPIResponse().description(description(204)));
      return;
    }
    if (raw == jakarta.ws.rs.core.Response.class) {
      return;
    }
    Schema schema;
    if (raw == Page.class && returned instanceof ParameterizedType p) {
      schema = page(p.getActualTypeArguments()[0]);
    } else {
      schema = schemas.of(returned);
    }
    APIResponses responses = responsesOf(operation);
    responses.removeAPIResponse("default");
    APIResponse ok =
        OASFactory.createAPIResponse()
            .description("OK")
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        MediaType.APPLICATION_JSON, OASFactory.createMediaType().schema(schema)));
    responses.addAPIResponse("200", ok);
  }

  /**
   * Who may call: an operation for some roles asks for HTTP Basic; an operation open to all takes
   * it or nothing (a caller logged in may get more, such as their own place in a session).
   */
  private static void security(Operation operation, Class<?> resource, Method method) {
    boolean open = isOpen(resource, method);
    List<SecurityRequirement> requirements = new java.util.ArrayList<>();
    if (open) {
      requirements.add(OASFactory.createSecurityRequirement());
    }
    requirements.add(OASFactory.createSecurityRequirement().addScheme("basic"));
    operation.setSecurity(requirements);
  }

  /**
   * The problem documents an operation may answer, by what it takes: 400 for a body or query
   * parameters it may refuse, 401 always (wrong credentials are refused even where none are
   * needed), 403 where roles are required, 404 where the path names something, 409 where it changes
   * something that may have changed meanwhile or may not be changed now, 429 for a login tried too
   * often. Each is the one {@code Problem} schema.
   */
  private void problems(Operation operation, Class<?> resource, Method method, String path) {
    APIResponses responses = responsesOf(operation);
    boolean open = isOpen(resource, method);
    boolean changes = !method.isAnnotationPresent(GET.class);
    boolean queried =
        java.util.Arrays.stream(method.getParameters())
            .anyMatch(p -> p.isAnnotationPresent(jakarta.ws.rs.QueryParam.class));
    if (bodyOf(method) != null || queried) {
      problem(responses, "400", "The request is not valid: `errors` names each field refused.");
    }
    if (bodyOf(method) != null) {
      problem(responses, "415", "The body is not of a media type the operation takes.");
    }
    if (method.isAnnotationPresent(jakarta.ws.rs.POST.class)) {
      idempotency(operation);
      problem(responses, "422", "The Idempotency-Key was already used for another request.");
    }
    problem(responses, "401", "Wrong credentials, or none where an account is needed.");
    if (!open) {
      problem(responses, "403", "The account has not the role, or not over this resource.");
    }
    if (path.contains("{")) {
      problem(responses, "404", "Nothing of this id, or nothing the caller may see.");
    }
    if (changes) {
      problem(responses, "409", "Refused by the rules or the state of the data, said in `detail`.");
    }
    problem(responses, "429", "Too many wrong passwords for this account: wait `Retry-After`.");
  }

  private void problem(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    responses.addAPIResponse(
        status,
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problems.PROBLEM_JSON,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(problemSchema())))));
  }

  /**
   * Every POST takes an {@code Idempotency-Key} (the {@code ApiIdempotency} filter): the same key
   * again gets the first answer again, without doing anything twice.
   */
  private static void idempotency(Operation operation) {
    boolean stated =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> ApiIdempotency.HEADER.equalsIgnoreCase(p.getName()));
    if (stated) {
      return;
    }
    operation.addParameter(
        OASFactory.createParameter()
            .name(ApiIdempotency.HEADER)
            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
            .required(false)
            .description(
                "Any unique text (a UUID): sent again with the same request, the first answer"
                    + " comes back (Idempotent-Replayed: true) and nothing is done twice.")
            .schema(
                OASFactory.createSchema()
                    .type(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                    .minLength(1)
                    .maxLength(ApiIdempotency.MAX_KEY_LENGTH)));
  }

  /** The one schema of the problem documents (RFC 9457), made once. */
  private String problemSchema() {
    String name = "Problem";
    if (openAPI.getComponents().getSchemas() == null
        || !openAPI.getComponents().getSchemas().containsKey(name)) {
      Schema text = OASFactory.createSchema().type(SchemaType.STRING);
      openAPI
          .getComponents()
          .addSchema(
              name,
              OASFactory.createSchema()
                  .type(SchemaType.OBJECT)
                  .description(
                      "An RFC 9457 problem document; title, detail and messages in the language"
                          + " asked (Accept-Language: French or English). Refusals may add"
                          + " members (the conflicting reservation, Retry-After seconds).")
                  .addProperty(
                      "type",
                      OASFactory.createSchema().type(SchemaType.STRING).format("uri-reference"))
                  .addProperty("title", text)
                  .addProperty(
                      "status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                  .addProperty("detail", text)
                  .addProperty(
                      "errors",
                      OASFactory.createSchema()
                          .type(SchemaType.ARRAY)
                          .items(
                              OASFactory.createSchema()
                                  .type(SchemaType.OBJECT)
                                  .addProperty("field", text)
                                  .addProperty("message", text)
                                  .required(List.of("field", "message"))))
                  .required(List.of("type", "title", "status"))
                  .additionalPropertiesBoolean(Boolean.TRUE));
    }
    return "#/components/schemas/" + name;
  }

  /** The successful answers a method builds itself, as it states them ({@link Answers}). */
  private void answered(Operation operation, Answers[] answers) {
    APIResponses responses = responsesOf(operation);
    responses.removeAPIResponse("default");
    // one response per status; a status answered in several media types lists each of them
    java.util.Map<Integer, APIResponse> byStatus = new java.util.LinkedHashMap<>();
    for (Answers answer : answers) {
      APIResponse response =
          byStatus.computeIfAbsent(
              answer.status(),
              status -> OASFactory.createAPIResponse().description(description(status)));
      if (answer.value() != Void.class) {
        Schema schema = schemas.of(answer.value());
        if (response.getContent() == null) {
          response.content(OASFactory.createContent());
        }
        response
            .getContent()
            .addMediaType(
                answer.mediaType().split(";")[0].trim(),
                OASFactory.createMediaType().schema(schema));
      }
    }
    byStatus.forEach(
        (status, response) -> responses.addAPIResponse(Integer.toString(status), response));
  }

  /** Open to all: {@code @PermitAll} on the method, or on its class unless the method says else. */
  private static boolean isOpen(Class<?> resource, Method method) {
    return method.isAnnotationPresent(PermitAll.class)
        || (!method.isAnnotationPresent(RolesAllowed.class)
            && !method.isAnnotationPresent(DenyAll.class)
            && resource.isAnnotationPresent(PermitAll.class));
  }

  private static APIResponses responsesOf(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    return operation.getResponses();
  }

  private static String description(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created: its address in Location";
      case 202 -> "Accepted: the work goes on in the background";
      case 204 -> "Done, nothing to answer";
      default -> "Status " + status;
    };
  }

  /** A page of items: {@code CraftViewPage} for a page of {@code CraftView}. */
  private Schema page(Type item) {
    Schema items = schemas.of(item);
    String name = Schemas.raw(item).getSimpleName() + "Page";
    if (openAPI.getComponents().getSchemas() == null
        || !openAPI.getComponents().getSchemas().containsKey(name)) {
      openAPI
          .getComponents()
          .addSchema(
              name,
              OASFactory.createSchema()
                  .type(SchemaType.OBJECT)
                  .description("One page of a list, and how many items the whole list holds.")
                  .addProperty(
                      "items", OASFactory.createSchema().type(SchemaType.ARRAY).items(items))
                  .addProperty(
                      "total", OASFactory.createSchema().type(SchemaType.INTEGER).format("int64"))
                  .addProperty(
                      "page", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                  .addProperty(
                      "size", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")));
    }
    return OASFactory.createSchema().ref("#/components/schemas/" + name);
  }

  private static List<String> consumed(Class<?> resource, Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = resource.getAnnotation(Consumes.class);
    }
    return consumes == null ? List.of(MediaType.APPLICATION_JSON) : List.of(consumes.value());
  }

  /** The body parameter's type, as the request filter finds it; null without one. */
  private static Type bodyOf(Method method) {
    java.lang.reflect.Parameter body = JsonBodyCheck.bodyOf(method);
    return body == null ? null : body.getParameterizedType();
  }

  private static PathItem.HttpMethod verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return PathItem.HttpMethod.GET;
    }
    if (method.isAnnotationPresent(POST.class)) {
      return PathItem.HttpMethod.POST;
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return PathItem.HttpMethod.PUT;
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return PathItem.HttpMethod.DELETE;
    }
    if (method.isAnnotationPresent(PATCH.class)) {
      return PathItem.HttpMethod.PATCH;
    }
    return null;
  }

  /** {@code /api//x/{id : [0-9]+}/} as the document writes it: {@code /api/x/{id}}. */
  static String normalised(String path) {
    String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
