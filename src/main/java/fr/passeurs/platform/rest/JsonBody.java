package fr.passeurs.platform.rest;

import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextRules;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a JSON request body against the Java type it is read into, before it is read: each value
 * has the type of its field (a whole number for a whole-number field, within that type's range, so
 * that {@code 1.5} or {@code 1e308} never wraps round to another number), no {@code null} inside a
 * list, dates that parse and lie between the years {@value #FIRST_YEAR} and {@value #LAST_YEAR},
 * enum values that exist, and every text follows {@link TextRules} (one line unless its field is
 * {@link MultiLine}). Each problem is named by its JSON path, {@code milestones[2]}.
 */
public final class JsonBody {

  /** No date any request carries lies outside these years. */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 2200;

  private static final Map<Class<?>, BigInteger[]> WHOLE_RANGES =
      Map.of(
          Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
          int.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
          Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
          long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
          Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
          short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
          Byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE),
          byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE));

  private static final Map<Class<?>, Function<String, TemporalAccessor>> DATES =
      Map.of(
          LocalDate.class, LocalDate::parse,
          LocalTime.class, LocalTime::parse,
          LocalDateTime.class, LocalDateTime::parse,
          Instant.class, text -> Instant.parse(text).atOffset(java.time.ZoneOffset.UTC),
          OffsetDateTime.class, OffsetDateTime::parse,
          ZonedDateTime.class, ZonedDateTime::parse);

  private JsonBody() {}

  private static BigInteger[] range(long min, long max) {
    return new BigInteger[] {BigInteger.valueOf(min), BigInteger.valueOf(max)};
  }

  /** What is wrong with this body read as that type; empty if nothing. */
  public static List<FieldError> problems(JsonValue body, Type type) {
    List<FieldError> errors = new ArrayList<>();
    check(body, type, null, "", errors);
    return errors;
  }

  private static void check(
      JsonValue value, Type type, AnnotatedElement declared, String path, List<FieldError> errors) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    Class<?> raw = rawType(type);
    if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    String field = path.isEmpty() ? "body" : path;
    if (raw == String.class || raw == Character.class || raw == char.class) {
      if (!(value instanceof JsonString text)) {
        errors.add(new FieldError(field, "invalid.type.text"));
        return;
      }
      boolean multiLine = declared != null && declared.isAnnotationPresent(MultiLine.class);
      TextRules.refusal(text.getString(), multiLine)
          .ifPresent(code -> errors.add(new FieldError(field, code)));
    } else if (WHOLE_RANGES.containsKey(raw)) {
      wholeNumber(value, WHOLE_RANGES.get(raw), field, errors);
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      if (!(value instanceof JsonNumber number)) {
        errors.add(new FieldError(field, "invalid.type.number"));
      } else if (raw == BigInteger.class) {
        wholeNumber(value, null, field, errors);
      } else if (raw != BigDecimal.class && !Double.isFinite(number.doubleValue())) {
        errors.add(new FieldError(field, "invalid.number.too-large"));
      }
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        errors.add(new FieldError(field, "invalid.type.boolean"));
      }
    } else if (raw.isEnum()) {
      enumValue(value, raw, field, errors);
    } else if (DATES.containsKey(raw)) {
      date(value, DATES.get(raw), field, errors);
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      if (!(value instanceof JsonArray items)) {
        errors.add(new FieldError(field, "invalid.type.list"));
        return;
      }
      Type item = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
      for (int i = 0; i < items.size(); i++) {
        String at = field + "[" + i + "]";
        if (items.get(i).getValueType() == JsonValue.ValueType.NULL) {
          errors.add(new FieldError(at, "invalid.null-item"));
        } else {
          check(items.get(i), item, declared, at, errors);
        }
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonObject entries)) {
        errors.add(new FieldError(field, "invalid.type.object"));
        return;
      }
      Type item = typeArgument(type, 1);
      entries.forEach(
          (key, entry) -> {
            TextRules.refusal(key, false)
                .ifPresent(code -> errors.add(new FieldError(field, code)));
            check(entry, item, declared, field + "." + key, errors);
          });
    } else if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        errors.add(new FieldError(field, "invalid.type.object"));
        return;
      }
      for (RecordComponent component : raw.getRecordComponents()) {
        String name = jsonName(component);
        check(
            object.get(name),
            component.getGenericType(),
            component,
            path.isEmpty() ? name : path + "." + name,
            errors);
      }
    }
  }

  private static void wholeNumber(
      JsonValue value, BigInteger[] range, String field, List<FieldError> errors) {
    if (!(value instanceof JsonNumber number)) {
      errors.add(new FieldError(field, "invalid.type.whole-number"));
      return;
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.scale() > 0 && decimal.stripTrailingZeros().scale() > 0) {
      errors.add(new FieldError(field, "invalid.type.whole-number"));
      return;
    }
    if (range != null) {
      BigInteger whole = decimal.precision() - decimal.scale() > 30 ? null : decimal.toBigInteger();
      if (whole == null || whole.compareTo(range[0]) < 0 || whole.compareTo(range[1]) > 0) {
        errors.add(new FieldError(field, "invalid.number.too-large"));
      }
    }
  }

  private static void enumValue(
      JsonValue value, Class<?> type, String field, List<FieldError> errors) {
    Object[] constants = type.getEnumConstants();
    if (value instanceof JsonString name
        && Arrays.stream(constants).anyMatch(c -> ((Enum<?>) c).name().equals(name.getString()))) {
      return;
    }
    errors.add(
        new FieldError(
            field,
            "invalid.one-of",
            Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList()));
  }

  private static void date(
      JsonValue value,
      Function<String, TemporalAccessor> parser,
      String field,
      List<FieldError> errors) {
    if (!(value instanceof JsonString text)) {
      errors.add(new FieldError(field, "invalid.type.date"));
      return;
    }
    try {
      TemporalAccessor parsed = parser.apply(text.getString());
      if (parsed.isSupported(ChronoField.YEAR)) {
        int year = parsed.get(ChronoField.YEAR);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
          errors.add(new FieldError(field, "invalid.date.year", FIRST_YEAR, LAST_YEAR));
        }
      }
    } catch (DateTimeException e) {
      errors.add(new FieldError(field, "invalid.type.date"));
    }
  }

  private static String jsonName(RecordComponent component) {
    JsonbProperty renamed = component.getAnnotation(JsonbProperty.class);
    if (renamed == null) {
      renamed =
          Optional.ofNullable(component.getAccessor())
              .map(a -> a.getAnnotation(JsonbProperty.class))
              .orElse(null);
    }
    return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
  }

  static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return rawType(p.getRawType());
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return rawType(w.getUpperBounds()[0]);
    }
    return null;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
