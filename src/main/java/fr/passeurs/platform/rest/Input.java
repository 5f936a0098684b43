package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads raw request values (query parameters, enum names in bodies) and collects what is wrong with
 * them, so that one answer lists every bad field instead of the first.
 */
public final class Input {

  private final List<FieldError> errors = new ArrayList<>();

  /** The field is refused: {@code code} is the key of why, with its arguments. */
  public void reject(String field, String code, Object... args) {
    errors.add(new FieldError(field, code, args));
  }

  public void reject(FieldError error) {
    errors.add(error);
  }

  public void check(boolean ok, String field, String code, Object... args) {
    if (!ok) {
      reject(field, code, args);
    }
  }

  /** A search place: {@code near} as LAT,LON and its {@code radiusKm}; both null without near. */
  public record Near(fr.passeurs.platform.GeoPoint point, Double radiusKm) {}

  /** Reads {@code near} and {@code radiusKm} (0.1 to 1000 km, only with near). */
  public Near near(String near, String radiusKm) {
    fr.passeurs.platform.GeoPoint point = null;
    if (!isBlank(near)) {
      point = fr.passeurs.platform.GeoPoint.parse(near);
      check(point != null, "near", "invalid.near");
    }
    Double radius = decimal("radiusKm", radiusKm, 0.1, 1000);
    check(isBlank(radiusKm) || point != null, "radiusKm", "invalid.radius-without-near");
    return new Near(point, radius);
  }

  /** True if this field was rejected already. */
  public boolean rejected(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws a 400 listing every rejected field, if any. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  /** A request body, which JSON {@code null} would leave out: refused with a 400. */
  public static <T> T requiredBody(T body) {
    if (body == null) {
      throw fr.passeurs.platform.DomainException.invalid("body", "invalid.body-required");
    }
    return body;
  }

  public static boolean isBlank(String raw) {
    return raw == null || raw.isBlank();
  }

  public int integer(String field, String raw, int fallback, int min, int max) {
    if (isBlank(raw)) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        reject(field, "invalid.range", min, max);
        return fallback;
      }
      return value;
    } catch (NumberFormatException e) {
      reject(field, "invalid.type.whole-number");
      return fallback;
    }
  }

  /**
   * A moment given as an instant ({@code 2027-03-01T08:00:00Z}) or as a day ({@code 2027-03-01}, in
   * Paris): the day's start, or with {@code upTo} its end (the next day's start); null if blank.
   */
  public java.time.Instant moment(String field, String raw, boolean upTo) {
    if (isBlank(raw)) {
      return null;
    }
    String value = raw.trim();
    try {
      return value.length() == 10
          ? java.time.LocalDate.parse(value)
              .plusDays(upTo ? 1 : 0)
              .atStartOfDay(fr.passeurs.platform.ClockProducer.PARIS)
              .toInstant()
          : java.time.Instant.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      reject(field, "invalid.type.moment");
      return null;
    }
  }

  /** A decimal number in a range, or null when absent. */
  public Double decimal(String field, String raw, double min, double max) {
    if (isBlank(raw)) {
      return null;
    }
    try {
      double value = Double.parseDouble(raw.trim());
      if (!(value >= min && value <= max)) {
        reject(field, "invalid.range", min, max);
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      reject(field, "invalid.type.number");
      return null;
    }
  }

  /** An enum constant by name (case-insensitive), or null when absent. */
  public <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
    if (isBlank(raw)) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reject(field, "invalid.one-of", namesOf(type));
      return null;
    }
  }

  /** Enum constants by name, each checked; an absent list is empty. */
  public <E extends Enum<E>> java.util.Set<E> enumValues(
      String field, java.util.Collection<String> raw, Class<E> type) {
    java.util.Set<E> values = java.util.EnumSet.noneOf(type);
    if (raw != null) {
      for (String one : raw) {
        E value = enumValue(field, one, type);
        if (value != null) {
          values.add(value);
        }
      }
    }
    return values;
  }

  public static <E extends Enum<E>> String namesOf(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
