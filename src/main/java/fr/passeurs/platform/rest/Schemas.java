package fr.passeurs.platform.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas of the API's records, as JSON-B writes and reads them: one property per record
 * component, of the component's type. Completes what the generator made and adds what it left out;
 * a record nobody referenced yet gets its own schema when something comes to need it.
 */
final class Schemas {

  /** A time of day as JSON-B writes it ("09:00:00") and as it is accepted ("09:00"). */
  static final String LOCAL_TIME = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

  private static final String PREFIX = "#/components/schemas/";

  private final OpenAPI openAPI;
  private final Map<String, Class<?>> records;

  Schemas(OpenAPI openAPI, Map<String, Class<?>> records) {
    this.openAPI = openAPI;
    this.records = records;
  }

  /** Completes every schema named after a record of the API. */
  void complete() {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    for (String name : new ArrayList<>(all().keySet())) {
      Class<?> record = records.get(name);
      if (record != null) {
        complete(name, record);
      }
    }
  }

  private Map<String, Schema> all() {
    if (openAPI.getComponents().getSchemas() == null) {
      openAPI.getComponents().setSchemas(new LinkedHashMap<>());
    }
    return openAPI.getComponents().getSchemas();
  }

  private void complete(String name, Class<?> record) {
    Schema schema = all().get(name);
    if (schema == null) {
      schema = OASFactory.createSchema();
      openAPI.getComponents().addSchema(name, schema);
    }
    schema.setType(SchemaType.OBJECT);
    Map<String, Schema> before =
        schema.getProperties() == null ? Map.of() : new LinkedHashMap<>(schema.getProperties());
    Map<String, Schema> properties = new LinkedHashMap<>();
    java.util.List<String> required = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      Schema made = of(c.getGenericType());
      Schema kept = before.get(c.getName());
      properties.put(c.getName(), kept == null ? made : merged(kept, made));
      if (isRequired(c)) {
        required.add(c.getName());
      }
    }
    schema.setProperties(properties);
    schema.setRequired(required.isEmpty() ? null : required);
  }

  /** A field the request must give: {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}. */
  static boolean isRequired(RecordComponent c) {
    return c.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
        || c.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
        || c.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotEmpty.class);
  }

  /**
   * The generator's property where it agrees with the type (it carries the constraints: lengths,
   * bounds, patterns), the type's where it does not.
   */
  private static Schema merged(Schema kept, Schema made) {
    if (kept.getRef() != null && made.getRef() == null) {
      return made;
    }
    if (made.getRef() != null || made.getType() == SchemaType.ARRAY) {
      if (kept.getRef() == null && made.getRef() != null) {
        return made;
      }
      if (made.getType() == SchemaType.ARRAY) {
        kept.setType(SchemaType.ARRAY);
        kept.setItems(made.getItems());
      }
      return kept;
    }
    kept.setType(made.getType());
    if (made.getFormat() != null) {
      kept.setFormat(made.getFormat());
    }
    if (made.getEnumeration() != null) {
      kept.setEnumeration(made.getEnumeration());
    }
    if (made.getType() != SchemaType.OBJECT) {
      kept.setProperties(null);
    }
    return kept;
  }

  /** The schema of a Java type as JSON-B writes it; a record of the API by reference. */
  Schema of(Type type) {
    Class<?> raw = raw(type);
    Schema s = OASFactory.createSchema();
    if (raw == byte[].class) {
      return s.type(SchemaType.STRING).format("binary");
    }
    if (raw == String.class || raw == java.net.URI.class) {
      return s.type(SchemaType.STRING).format(raw == String.class ? null : "uri");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return s.type(SchemaType.BOOLEAN);
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return s.type(SchemaType.INTEGER).format("int32");
    }
    if (raw == long.class || raw == Long.class) {
      return s.type(SchemaType.INTEGER).format("int64");
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return s.type(SchemaType.NUMBER).format("double");
    }
    if (raw == Instant.class) {
      return s.type(SchemaType.STRING).format("date-time");
    }
    if (raw == LocalDate.class) {
      return s.type(SchemaType.STRING).format("date");
    }
    if (raw == LocalTime.class) {
      // a time of day without offset: RFC 3339's partial-time, not JSON Schema's "time" (which
      // requires one)
      return s.type(SchemaType.STRING).format("partial-time").pattern(LOCAL_TIME);
    }
    if (raw == Duration.class) {
      return s.type(SchemaType.STRING).format("duration");
    }
    if (raw == DayOfWeek.class || raw.isEnum()) {
      return s.type(SchemaType.STRING)
          .enumeration(
              new ArrayList<>(
                  Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Type item =
          type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      return s.type(SchemaType.ARRAY).items(of(item));
    }
    if (raw.isRecord() && records.get(raw.getSimpleName()) == raw) {
      String name = raw.getSimpleName();
      if (!all().containsKey(name)) {
        openAPI.getComponents().addSchema(name, OASFactory.createSchema());
        complete(name, raw);
      }
      return s.ref(PREFIX + name);
    }
    // a JSON object, a map or anything else: free-form
    return s.type(SchemaType.OBJECT);
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}
