package fr.passeurs.platform;

import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.rest.JsonBodyCheck;
import fr.passeurs.platform.rest.OptionalBody;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends every POST and PUT endpoint of the OpenAPI document what a careless or hostile client
 * would: bodies that are not JSON or not objects, and a plausible body with one field spoiled — the
 * wrong type, a huge text, a decimal or a huge number for a whole number, an unknown value,
 * control, direction or half characters, a null in a list. Each is sent by someone whose role the
 * endpoint accepts, with the ids of real records where the path names them. Every answer must be a
 * 4xx problem document, and the database must hold exactly the rows it held before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputFuzzIT {

  static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
  static final String HUGE = "x".repeat(100_000);
  static final List<String> ENUM_LIKE =
      List.of(
          "role",
          "level",
          "levels",
          "domain",
          "region",
          "format",
          "status",
          "recognition",
          "requiredLevel",
          "accessibility",
          "accessibilityNeeds",
          "weekdays");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.withTestControls();
  }

  @ArquillianResource URL url;

  record Endpoint(String method, String path, Method java) {}

  @Test
  void malformedInputIsRefusedWithAProblemAndStoresNothing() throws Exception {
    Api api = Api.at(url);
    Fixtures fixtures = new Fixtures(api);
    TrainingDay day = fixtures.trainingDay(3, 0);
    String manufacture = day.manufacture();
    Person manager = day.manager();
    String room = day.room();
    String machine = fixtures.machine(manager, manufacture, room);
    Person artisan = day.artisan();
    String knowHow = day.training().getString("knowHowId");
    String training = day.training().getString("id");
    String session = day.session();
    Person apprentice = fixtures.apprentice(LocalDate.of(2000, 1, 1));
    Person teacher = fixtures.teacher();
    Map<String, Person> byRole =
        Map.of(
            "ADMIN", fixtures.admin(),
            "MANAGER", manager,
            "ARTISAN", artisan,
            "APPRENTICE", apprentice,
            "TEACHER", teacher);
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("/manufactures/{id}", manufacture);
    ids.put("{manufactureId}", manufacture);
    ids.put("{roomId}", room);
    ids.put("{machineId}", machine);
    ids.put("/know-how/{id}", knowHow);
    ids.put("/trainings/{id}", training);
    ids.put("/sessions/{id}", session);
    ids.put("{sessionId}", session);
    ids.put("{participantId}", apprentice.id());
    ids.put("{slot}", "0");
    ids.put("{index}", "0");
    ids.put("{action}", "decline");

    List<Endpoint> endpoints = endpoints(api);
    assertThat(endpoints).hasSizeGreaterThan(40);
    Map<String, Long> before = rows(api);
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (Endpoint endpoint : endpoints) {
      Parameter body = JsonBodyCheck.bodyOf(endpoint.java());
      boolean hasBody = body != null && body.getType().isRecord();
      if (!hasBody && !endpoint.path().contains("{")) {
        // takes no input at all (a new calendar address, all notifications read): nothing to spoil
        continue;
      }
      Api caller = callerOf(api, endpoint.java(), byRole);
      // an action without a body is aimed at records that do not exist: it must not happen
      String path = hasBody ? withIds(endpoint.path(), ids) : withRandomIds(endpoint.path());
      List<String> bodies =
          new ArrayList<>(List.of("{\"a\":", "[]", "\"text\"", "123", "{\"a\" 1}"));
      if (hasBody && !body.isAnnotationPresent(OptionalBody.class)) {
        bodies.addAll(List.of("null", ""));
      }
      if (hasBody) {
        JsonObject plausible = plausible(body.getType());
        for (RecordComponent component : body.getType().getRecordComponents()) {
          for (JsonValue spoiled : spoiled(component)) {
            JsonObjectBuilder one = Json.createObjectBuilder(plausible);
            one.add(component.getName(), spoiled);
            bodies.add(one.build().toString());
          }
          for (String raw : new String[] {"\"\\ud800\"", "\"a\\u0000b\""}) {
            if (component.getType() == String.class) {
              String start =
                  Json.createObjectBuilder(plausible)
                      .remove(component.getName())
                      .build()
                      .toString();
              bodies.add(
                  start.substring(0, start.length() - 1)
                      + (start.length() > 2 ? "," : "")
                      + "\""
                      + component.getName()
                      + "\":"
                      + raw
                      + "}");
            }
          }
        }
      }
      for (String sentBody : bodies) {
        Api.Response answer;
        try {
          answer = caller.send(endpoint.method(), path, sentBody);
        } catch (java.io.UncheckedIOException e) {
          wrong.add(endpoint.method() + " " + path + " " + abbreviated(sentBody) + " -> " + e);
          continue;
        }
        sent++;
        boolean problem =
            answer.contentType() != null
                && answer.contentType().startsWith("application/problem+json");
        if (answer.status() < 400 || answer.status() >= 500 || !problem) {
          wrong.add(
              endpoint.method()
                  + " "
                  + path
                  + " "
                  + abbreviated(sentBody)
                  + " -> "
                  + answer.status()
                  + " "
                  + abbreviated(answer.body()));
        }
      }
    }
    assertThat(sent).isGreaterThan(500);
    assertThat(wrong).as("answers that are not a 4xx problem").isEmpty();
    assertThat(rows(api)).as("rows of every table").isEqualTo(before);
  }

  /** The POST and PUT operations of the OpenAPI document, each with the Java method behind it. */
  static List<Endpoint> endpoints(Api api) throws Exception {
    JsonObject paths = api.get("/openapi?format=JSON").json().getJsonObject("paths");
    Map<String, Method> java = resourceMethods();
    List<Endpoint> endpoints = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        String verb = method.toUpperCase();
        if ((verb.equals("POST") || verb.equals("PUT")) && !path.startsWith("/api/test/")) {
          Method behind = java.get(verb + " " + path);
          assertThat(behind).as("the resource method of %s %s", verb, path).isNotNull();
          endpoints.add(new Endpoint(verb, path, behind));
        }
      }
    }
    return endpoints;
  }

  /** "POST /api/trainings/{id}/sessions" → its resource method, from the JAX-RS annotations. */
  static Map<String, Method> resourceMethods() throws Exception {
    Map<String, Method> found = new LinkedHashMap<>();
    for (var type :
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(
                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.passeurs")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> resource = type.reflect();
      String base = "/api/" + strip(resource.getAnnotation(Path.class).value());
      for (Method method : resource.getDeclaredMethods()) {
        String verb =
            Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null)
                .map(HttpMethod::value)
                .findFirst()
                .orElse(null);
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        found.put(verb + " " + (sub == null ? base : base + "/" + strip(sub.value())), method);
      }
    }
    return found;
  }

  static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }

  static Api callerOf(Api api, Method method, Map<String, Person> byRole) {
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
      roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    if (roles == null || roles.value().length == 0) {
      return api;
    }
    // any logged-in person ("**"): an apprentice
    Person person = byRole.get(roles.value()[0].equals("**") ? "APPRENTICE" : roles.value()[0]);
    return person == null ? api : api.as(person);
  }

  static String withIds(String path, Map<String, String> ids) {
    String filled = path;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      filled = filled.replace(id.getKey(), replacement(id));
    }
    return withRandomIds(filled);
  }

  private static String replacement(Map.Entry<String, String> id) {
    String key = id.getKey();
    return key.startsWith("/") ? key.substring(0, key.indexOf('{')) + id.getValue() : id.getValue();
  }

  static String withRandomIds(String path) {
    Matcher m = PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(
          out,
          name.equals("slot") || name.equals("index")
              ? "0"
              : name.equals("action") ? "decline" : UUID.randomUUID().toString());
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A body of that record with a value of the right type in every field. */
  static JsonObject plausible(Class<?> record) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    for (RecordComponent component : record.getRecordComponents()) {
      body.add(
          component.getName(), plausibleValue(component.getType(), component.getGenericType()));
    }
    return body.build();
  }

  static JsonValue plausibleValue(Class<?> type, Type generic) {
    if (type == String.class) {
      return Json.createValue("Texte");
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return Json.createValue(1);
    }
    if (type == Double.class || type == double.class) {
      return Json.createValue(45.5);
    }
    if (type == Boolean.class || type == boolean.class) {
      return JsonValue.FALSE;
    }
    if (type == LocalDate.class) {
      return Json.createValue(monday(4).toString());
    }
    if (type == Instant.class) {
      return Json.createValue(paris(monday(4), "10:00").toString());
    }
    if (type == LocalTime.class) {
      return Json.createValue("10:00");
    }
    if (type.isEnum()) {
      return Json.createValue(((Enum<?>) type.getEnumConstants()[0]).name());
    }
    if (type.isRecord()) {
      return plausible(type);
    }
    if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType p) {
      Type item = p.getActualTypeArguments()[0];
      Class<?> itemType = item instanceof Class<?> c ? c : String.class;
      return Json.createArrayBuilder().add(plausibleValue(itemType, item)).build();
    }
    return JsonValue.NULL;
  }

  /** The spoiled values of a field: each one no request may carry. */
  static List<JsonValue> spoiled(RecordComponent component) {
    Class<?> type = component.getType();
    List<JsonValue> values = new ArrayList<>();
    if (!type.isRecord()) {
      values.add(Json.createObjectBuilder().add("wrong", "type").build());
    }
    if (type == String.class) {
      values.add(Json.createValue(123));
      values.add(Json.createValue(HUGE));
      values.add(Json.createValue("a\u001b[31mb"));
      values.add(Json.createValue("a\u202eb"));
      values.add(Json.createValue("a\u0007b"));
      if (ENUM_LIKE.contains(component.getName())) {
        values.add(Json.createValue("NOT_A_VALUE"));
      }
    } else if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class) {
      values.add(Json.createValue(new java.math.BigDecimal("1.5")));
      values.add(Json.createValue(new java.math.BigDecimal("1e308")));
      values.add(Json.createValue(new java.math.BigDecimal("4294967796.0")));
      values.add(Json.createValue(new java.math.BigDecimal("-1e30")));
      values.add(Json.createValue("12"));
    } else if (type == Double.class || type == double.class) {
      values.add(Json.createValue(new java.math.BigDecimal("1e308")));
      values.add(Json.createValue("45.5"));
    } else if (type == Boolean.class || type == boolean.class) {
      values.add(Json.createValue("yes"));
      values.add(Json.createValue(0));
    } else if (type == LocalDate.class || type == Instant.class || type == LocalTime.class) {
      values.add(Json.createValue("not a date"));
      values.add(Json.createValue(type == LocalDate.class ? "-0001-01-01" : "9999-99-99"));
      values.add(Json.createValue(12));
    } else if (type.isEnum()) {
      values.add(Json.createValue("NOT_A_VALUE"));
    } else if (Collection.class.isAssignableFrom(type)) {
      JsonArrayBuilder withNull = Json.createArrayBuilder().addNull();
      values.add(withNull.build());
      values.add(Json.createValue("not a list"));
      values.add(Json.createArrayBuilder().add(Json.createValue(HUGE)).add(123).build());
    } else if (type.isRecord()) {
      values.add(Json.createValue("not an object"));
    }
    return values;
  }

  static Map<String, Long> rows(Api api) {
    Map<String, Long> rows = new LinkedHashMap<>();
    api.get("/api/test/rows")
        .json()
        .forEach((table, count) -> rows.put(table, ((jakarta.json.JsonNumber) count).longValue()));
    return rows;
  }

  static String abbreviated(String text) {
    return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
