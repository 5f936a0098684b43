package fr.passeurs.platform.rest;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
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

  private static final List<Class<? extends Annotation>> PARAMETERS =
      List.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

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
        }
      }
    }
  }

  private void body(Operation operation, Class<?> resource, Method method) {
    Type body = bodyOf(method);
    if (body == null) {
      return;
    }
    Schema schema;
    if (body == byte[].class) {
      schema = OASFactory.createSchema().type(SchemaType.STRING).format("binary");
    } else {
      schema = schemas.of(body);
    }
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
    if (raw == void.class || raw == jakarta.ws.rs.core.Response.class) {
      return;
    }
    Schema schema;
    if (raw == Page.class && returned instanceof ParameterizedType p) {
      schema = page(p.getActualTypeArguments()[0]);
    } else {
      schema = schemas.of(returned);
    }
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
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
    boolean open =
        method.isAnnotationPresent(PermitAll.class)
            || (!method.isAnnotationPresent(RolesAllowed.class)
                && !method.isAnnotationPresent(DenyAll.class)
                && resource.isAnnotationPresent(PermitAll.class));
    List<SecurityRequirement> requirements = new java.util.ArrayList<>();
    if (open) {
      requirements.add(OASFactory.createSecurityRequirement());
    }
    requirements.add(OASFactory.createSecurityRequirement().addScheme("basic"));
    operation.setSecurity(requirements);
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

  private static Type bodyOf(Method method) {
    java.lang.reflect.Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      java.lang.reflect.Parameter parameter = parameters[i];
      if (PARAMETERS.stream().noneMatch(parameter::isAnnotationPresent)) {
        return method.getGenericParameterTypes()[i];
      }
    }
    return null;
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
