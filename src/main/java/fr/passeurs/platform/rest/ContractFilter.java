package fr.passeurs.platform.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Puts right what the generated OpenAPI document gets wrong, once for the whole API: each record's
 * schema completed from the record itself (the generator leaves out fields without a constraint,
 * types a {@code long} as a decimal number and a weekday as an object), each operation's body and
 * answer from its Java method ({@link Operations}), operation ids made unique (a method's name,
 * {@code list} or {@code get}, is shared by many resources), server addresses without their
 * trailing slash (paths start with one), one entry per tag, and no schema left that nothing refers
 * to.
 */
public class ContractFilter implements OASFilter {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ContractFilter.class.getName());

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    try {
      complete(openAPI);
    } catch (RuntimeException e) {
      // a document less exact beats no document; the tests compare it with the resources
      LOG.log(java.util.logging.Level.SEVERE, "The OpenAPI document could not be completed", e);
    }
  }

  private static void complete(OpenAPI openAPI) {
    ApiTypes types = ApiTypes.scan();
    new Schemas(openAPI, types.records).complete();
    new Operations(openAPI, types.resources, types.records).describe();
    uniqueOperationIds(openAPI);
    dropUnused(openAPI);
    if (openAPI.getServers() != null) {
      for (Server server : openAPI.getServers()) {
        String url = server.getUrl();
        if (url != null && url.length() > 1 && url.endsWith("/")) {
          server.setUrl(url.substring(0, url.length() - 1));
        }
      }
    }
    if (openAPI.getTags() != null) {
      Map<String, Tag> byName = new LinkedHashMap<>();
      for (Tag tag : openAPI.getTags()) {
        Tag kept = byName.putIfAbsent(tag.getName(), tag);
        if (kept != null && kept.getDescription() == null) {
          kept.setDescription(tag.getDescription());
        }
      }
      openAPI.setTags(new ArrayList<>(byName.values()));
    }
  }

  /**
   * Drops the schemas nothing refers to any more (the generic page, replaced by one page per item
   * type; the date types, written in place), until none is left.
   */
  static void dropUnused(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    boolean dropped = true;
    while (dropped) {
      java.util.Set<String> used = new java.util.HashSet<>();
      refs(
          openAPI.getPaths(),
          used,
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
      openAPI
          .getComponents()
          .getSchemas()
          .values()
          .forEach(
              s ->
                  refs(
                      s,
                      used,
                      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
      List<String> unused =
          openAPI.getComponents().getSchemas().keySet().stream()
              .filter(name -> !used.contains(name))
              .toList();
      unused.forEach(openAPI.getComponents()::removeSchema);
      dropped = !unused.isEmpty();
    }
  }

  /** The schema names referred to anywhere under this part of the model. */
  private static void refs(Object node, java.util.Set<String> used, java.util.Set<Object> seen) {
    if (node == null || !seen.add(node)) {
      return;
    }
    if (node instanceof Schema schema && schema.getRef() != null) {
      used.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
    }
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(v -> refs(v, used, seen));
      return;
    }
    if (node instanceof java.util.Collection<?> items) {
      items.forEach(v -> refs(v, used, seen));
      return;
    }
    if (!node.getClass().getName().startsWith("fish.payara")
        && !node.getClass().getName().startsWith("org.eclipse.microprofile")) {
      return;
    }
    for (java.lang.reflect.Method getter : node.getClass().getMethods()) {
      if (getter.getParameterCount() == 0
          && getter.getName().startsWith("get")
          && !getter.getName().equals("getClass")
          && getter.getDeclaringClass() != Object.class) {
        try {
          refs(getter.invoke(node), used, seen);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // a getter that cannot answer holds no reference
        }
      }
    }
  }

  /**
   * Keeps an operation id used once; gives the others one made of the method and the path ({@code
   * GET /api/sessions/{id}/enrolments} is {@code getSessionsByIdEnrolments}), unique because a
   * method and a path are.
   */
  static void uniqueOperationIds(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    Map<String, Integer> uses = new HashMap<>();
    List<Map.Entry<String, Map.Entry<PathItem.HttpMethod, Operation>>> all = new ArrayList<>();
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          all.add(Map.entry(path, Map.entry(method, operation)));
                          if (operation.getOperationId() != null) {
                            uses.merge(operation.getOperationId(), 1, Integer::sum);
                          }
                        }));
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (var entry : all) {
      Operation operation = entry.getValue().getValue();
      String id = operation.getOperationId();
      if (id == null || uses.get(id) > 1) {
        id = idOf(entry.getValue().getKey(), entry.getKey());
      }
      String unique = id;
      for (int n = 2; !taken.add(unique); n++) {
        unique = id + n;
      }
      operation.setOperationId(unique);
    }
  }

  /** {@code GET}, {@code /api/sessions/{id}/enrolments}: {@code getSessionsByIdEnrolments}. */
  static String idOf(PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals("api")) {
        continue;
      }
      if (segment.startsWith("{")) {
        String name = segment.substring(1, segment.length() - 1).split(":")[0].trim();
        id.append("By").append(capitalised(name));
      } else {
        for (String word : segment.split("[-_.]")) {
          id.append(capitalised(word));
        }
      }
    }
    return id.toString();
  }

  private static String capitalised(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
