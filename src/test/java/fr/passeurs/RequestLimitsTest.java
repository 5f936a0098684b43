package fr.passeurs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.JsonBodyCheck;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every text a request body carries has a length limit, checked before the database sees it (Bean
 * Validation on every body): a text without one would reach a column too short for it and fail
 * there, as an error of the server.
 */
class RequestLimitsTest {

  @Test
  void everyTextOfEveryRequestBodyHasALengthLimit() {
    List<String> unbounded = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (JavaClass resource :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.passeurs")) {
      if (!resource.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (Method method : resource.reflect().getDeclaredMethods()) {
        boolean endpoint =
            Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
        Parameter body = endpoint ? JsonBodyCheck.bodyOf(method) : null;
        if (body != null && body.getType().isRecord()) {
          walk(body.getType(), body.getType().getSimpleName(), seen, unbounded);
        }
      }
    }
    assertThat(seen).as("request bodies found").hasSizeGreaterThan(20);
    assertThat(unbounded).as("texts of request bodies without @Size or @TextSize").isEmpty();
  }

  private static void walk(Class<?> record, String path, Set<Class<?>> seen, List<String> out) {
    if (!seen.add(record)) {
      return;
    }
    for (RecordComponent component : record.getRecordComponents()) {
      String at = path + "." + component.getName();
      Class<?> type = component.getType();
      if (type == String.class && !bounded(component)) {
        out.add(at);
      }
      if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
        Type item = itemOf(component.getGenericType());
        if (item == String.class && !itemsBounded(component)) {
          out.add(at + "[]");
        } else if (item instanceof Class<?> c && c.isRecord()) {
          walk(c, at + "[]", seen, out);
        }
      } else if (type.isRecord()) {
        walk(type, at, seen, out);
      }
    }
  }

  /**
   * A list of texts is bounded by a {@code @Size} on its items, {@code List<@Size(max=…) String>}.
   */
  private static boolean itemsBounded(RecordComponent component) {
    return component.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType list
        && (list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Size.class)
            || list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(TextSize.class));
  }

  /**
   * {@code @Size} or {@code @TextSize} on a component lands on its accessor or its type, not on the
   * component.
   */
  private static boolean bounded(RecordComponent component) {
    return component.getAccessor().isAnnotationPresent(Size.class)
        || component.getAccessor().isAnnotationPresent(TextSize.class)
        || component.getAnnotatedType().isAnnotationPresent(Size.class);
  }

  private static Type itemOf(Type type) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
  }
}
