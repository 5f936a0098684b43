package fr.passeurs.platform.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the published OpenAPI document with the Java signatures of the REST resources: every
 * resource method is an operation; a JSON request body and a JSON answer of a known type are
 * described by a schema with exactly the record's fields, each of the right type (a date as a
 * string of its format, a list as an array of its items, a record as its own schema). Two records
 * of the same simple name merged into one schema, a date typed {@code object}, a list without its
 * items: each is a line of the report.
 */
public final class ContractCheck {

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

  private final JsonObject document;
  private final JsonObject schemas;
  private final List<String> problems = new ArrayList<>();

  private ContractCheck(JsonObject document) {
    this.document = document;
    this.schemas = document.getJsonObject("components").getJsonObject("schemas");
  }

  /** What the document says wrongly of the resources; empty when it says it all right. */
  public static List<String> of(JsonObject document) {
    ContractCheck check = new ContractCheck(document);
    for (Class<?> resource : resources()) {
      check.resource(resource);
    }
    return check.problems;
  }

  /** The classes of the {@code api} packages that answer a path. */
  static List<Class<?>> resources() {
    try {
      Path classes =
          Path.of(
              RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<Class<?>> found = new ArrayList<>();
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name =
              classes.relativize(file).toString().replace(java.io.File.separatorChar, '/');
          if (!name.contains("/api/") || name.contains("$")) {
            continue;
          }
          Class<?> type =
              Class.forName(
                  name.replace('/', '.').replace(".class", ""),
                  false,
                  ContractCheck.class.getClassLoader());
          if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
            found.add(type);
          }
        }
      }
      if (found.isEmpty()) {
        throw new IllegalStateException("no resource class found under " + classes);
      }
      return found;
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private void resource(Class<?> resource) {
    String base = "/api/" + resource.getAnnotation(jakarta.ws.rs.Path.class).value();
    for (Method method : resource.getDeclaredMethods()) {
      String verb = verb(method);
      if (verb == null) {
        continue;
      }
      jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
      String path = normalised(base + (sub == null ? "" : "/" + sub.value()));
      String where =
          verb.toUpperCase()
              + " "
              + path
              + " ("
              + resource.getSimpleName()
              + "."
              + method.getName()
              + ")";
      JsonObject item = document.getJsonObject("paths").getJsonObject(path);
      JsonObject operation = item == null ? null : item.getJsonObject(verb);
      if (operation == null) {
        problems.add(where + ": not in the document");
        continue;
      }
      if (method.getReturnType() == jakarta.ws.rs.core.Response.class) {
        JsonObject responses = operation.getJsonObject("responses");
        Answers[] stated = method.getAnnotationsByType(Answers.class);
        if (stated.length == 0) {
          problems.add(where + ": builds its Response without stating it (@Answers)");
        }
        for (Answers a : stated) {
          JsonObject documented =
              responses == null ? null : responses.getJsonObject(Integer.toString(a.status()));
          if (documented == null) {
            problems.add(where + ": answers " + a.status() + ", not in the document");
          } else if (a.value() != Void.class
              && (!documented.containsKey("content")
                  || !documented
                      .getJsonObject("content")
                      .containsKey(a.mediaType().split(";")[0].trim()))) {
            problems.add(
                where
                    + ": answers "
                    + a.status()
                    + " as "
                    + a.mediaType()
                    + ", not so in the document");
          } else if (isChecked(a.value())) {
            matches(
                where + " answer " + a.status(),
                documented
                    .getJsonObject("content")
                    .getJsonObject(a.mediaType())
                    .getJsonObject("schema"),
                a.value(),
                new HashSet<>());
          }
        }
      }
      if (operation.containsKey("responses")
          && operation.getJsonObject("responses").containsKey("default")) {
        problems.add(where + ": still the generator's default answer");
      }
      Type answer = method.getGenericReturnType();
      if (isChecked(answer)) {
        JsonObject schema = answerSchema(operation.getJsonObject("responses"));
        if (schema == null) {
          problems.add(where + ": no JSON answer");
        } else {
          matches(where + " answer", schema, answer, new HashSet<>());
        }
      }
      if (consumesJson(resource, method)) {
        Type body = bodyOf(method);
        if (body != null && isChecked(body)) {
          JsonObject schema = jsonSchema(operation.getJsonObject("requestBody"));
          if (schema == null) {
            problems.add(where + ": no JSON request body");
          } else {
            matches(where + " request", schema, body, new HashSet<>());
          }
        }
      }
    }
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "get";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "post";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "put";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "delete";
    }
    if (method.isAnnotationPresent(PATCH.class)) {
      return "patch";
    }
    return null;
  }

  /** {@code /api//x/{id : [0-9]+}/} as the document writes it: {@code /api/x/{id}}. */
  static String normalised(String path) {
    String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static boolean consumesJson(Class<?> resource, Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = resource.getAnnotation(Consumes.class);
    }
    return consumes == null
        || Arrays.stream(consumes.value()).anyMatch(t -> t.contains(MediaType.APPLICATION_JSON));
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

  /** The types whose schema is compared: the API's own records and lists of them. */
  private static boolean isChecked(Type type) {
    Class<?> raw = raw(type);
    if (raw == Page.class && type instanceof ParameterizedType p) {
      return isChecked(p.getActualTypeArguments()[0]);
    }
    if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      return isChecked(p.getActualTypeArguments()[0]);
    }
    return raw.isRecord() && raw.getName().startsWith("fr.passeurs.");
  }

  private JsonObject jsonSchema(JsonObject content) {
    if (content == null || !content.containsKey("content")) {
      return null;
    }
    JsonObject json = content.getJsonObject("content").getJsonObject(MediaType.APPLICATION_JSON);
    return json == null ? null : json.getJsonObject("schema");
  }

  /** The schema of the successful answer: 200 or 201. */
  private JsonObject answerSchema(JsonObject responses) {
    if (responses == null) {
      return null;
    }
    for (String status : List.of("200", "201")) {
      JsonObject schema = jsonSchema(responses.getJsonObject(status));
      if (schema != null) {
        return schema;
      }
    }
    return null;
  }

  private JsonObject resolved(JsonObject schema) {
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replace("#/components/schemas/", "");
      JsonObject found = schemas.getJsonObject(name);
      return found == null ? JsonValue.EMPTY_JSON_OBJECT : found;
    }
    return schema;
  }

  private void matches(String where, JsonObject schema, Type type, Set<String> seen) {
    Class<?> raw = raw(type);
    JsonObject s = resolved(schema);
    String kind = s.getString("type", null);
    if (raw == String.class || raw.isEnum() || raw == java.net.URI.class) {
      expect(where, "string", kind, s);
    } else if (raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class) {
      expect(where, "integer", kind, s);
    } else if (raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class) {
      expect(where, "number", kind, s);
    } else if (raw == boolean.class || raw == Boolean.class) {
      expect(where, "boolean", kind, s);
    } else if (raw == Instant.class) {
      expectFormat(where, s, "date-time");
    } else if (raw == LocalDate.class) {
      expectFormat(where, s, "date");
    } else if (raw == LocalTime.class) {
      expectFormat(where, s, "partial-time");
    } else if (raw == Duration.class) {
      expect(where, "string", kind, s);
    } else if (Collection.class.isAssignableFrom(raw)) {
      expect(where, "array", kind, s);
      if (!s.containsKey("items")) {
        problems.add(where + ": an array without its items");
      } else if (type instanceof ParameterizedType p) {
        matches(where + "[]", s.getJsonObject("items"), p.getActualTypeArguments()[0], seen);
      }
    } else if (raw == Page.class && type instanceof ParameterizedType page) {
      JsonObject properties = s.getJsonObject("properties");
      if (properties == null
          || !properties.keySet().equals(Set.of("items", "total", "page", "size"))) {
        problems.add(where + ": a page should have items, total, page and size, is " + s);
        return;
      }
      expect(
          where + ".total",
          "integer",
          properties.getJsonObject("total").getString("type", null),
          properties.getJsonObject("total"));
      JsonObject items = properties.getJsonObject("items");
      expect(where + ".items", "array", items.getString("type", null), items);
      if (items.containsKey("items")) {
        matches(
            where + ".items[]",
            items.getJsonObject("items"),
            page.getActualTypeArguments()[0],
            seen);
      } else {
        problems.add(where + ".items: an array without its items");
      }
    } else if (raw.isRecord()) {
      if (!seen.add(raw.getName())) {
        return;
      }
      JsonObject properties = s.getJsonObject("properties");
      Set<String> documented = properties == null ? Set.of() : new TreeSet<>(properties.keySet());
      Set<String> fields = new TreeSet<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        fields.add(c.getName());
      }
      if (!documented.equals(fields)) {
        problems.add(
            where
                + ": "
                + raw.getSimpleName()
                + " has "
                + fields
                + " but the schema "
                + schema.getString("$ref", "(inline)")
                + " says "
                + documented);
        return;
      }
      Set<String> mustGive = new TreeSet<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        matches(
            where + "." + c.getName(),
            properties.getJsonObject(c.getName()),
            c.getGenericType(),
            seen);
        if (c.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
            || c.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
            || c.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotEmpty.class)) {
          mustGive.add(c.getName());
        }
      }
      Set<String> said = new TreeSet<>();
      if (s.containsKey("required")) {
        s.getJsonArray("required")
            .getValuesAs(jakarta.json.JsonString::getString)
            .forEach(said::add);
      }
      if (!said.equals(mustGive)) {
        problems.add(
            where
                + ": "
                + raw.getSimpleName()
                + " requires "
                + mustGive
                + " but the schema says "
                + said);
      }
    }
    // other types (JSON objects, maps) are free-form: not compared
  }

  private void expect(String where, String type, String kind, JsonObject schema) {
    if (!type.equals(kind)) {
      problems.add(where + ": should be " + type + ", is " + schema);
    }
  }

  private void expectFormat(String where, JsonObject schema, String format) {
    if (!"string".equals(schema.getString("type", null))
        || !format.equals(schema.getString("format", null))) {
      problems.add(where + ": should be a string of format " + format + ", is " + schema);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  /** The references of the document that lead nowhere. */
  public static List<String> danglingReferences(JsonObject document) {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    List<String> dangling = new ArrayList<>();
    walk(document, "", schemas, dangling);
    return dangling;
  }

  private static void walk(JsonValue value, String at, JsonObject schemas, List<String> dangling) {
    if (value instanceof JsonObject object) {
      object.forEach(
          (key, child) -> {
            if (key.equals("$ref") && child instanceof jakarta.json.JsonString ref) {
              String name = ref.getString().replace("#/components/schemas/", "");
              if (!schemas.containsKey(name)) {
                dangling.add(at + " -> " + ref.getString());
              }
            } else {
              walk(child, at + "/" + key, schemas, dangling);
            }
          });
    } else if (value instanceof jakarta.json.JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), at + "/" + i, schemas, dangling);
      }
    }
  }

  /** Every schema names a type of the API: none is a page's backing bean. */
  public static List<String> pageBeansIn(JsonObject document) {
    Map<String, JsonValue> all = document.getJsonObject("components").getJsonObject("schemas");
    return all.keySet().stream()
        .filter(n -> n.endsWith("Bean") || n.endsWith("Editor") || n.endsWith("Sheet"))
        .toList();
  }
}
