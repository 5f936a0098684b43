package fr.passeurs.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import fr.passeurs.testing.Exchanges.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks real answers of the API against the OpenAPI document that describes it. For each answer:
 * the operation (method and path) must be in the document, its status among the operation's
 * responses, its media type among that response's, and a JSON body must be valid against the
 * response's schema, read strictly: an object may not carry a field its schema does not list. Each
 * operation must also have been answered with success at least once, so that every schema was tried
 * on a real answer.
 */
public final class Conformance {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** One operation of the document, with the regular expression its path template stands for. */
  record Operation(String method, String template, Pattern pattern, int literals, JsonNode node) {
    String key() {
      return method.toUpperCase(Locale.ROOT) + " " + template;
    }
  }

  private final List<Operation> operations = new ArrayList<>();
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
  private final Map<String, Schema> schemas = new HashMap<>();
  private final ObjectNode strictComponents;

  private final Map<String, Integer> successes = new TreeMap<>();
  private final Map<String, Integer> answers = new TreeMap<>();
  private final Map<String, String> findings = new LinkedHashMap<>();

  private Conformance(JsonNode document) {
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        verb -> {
                          if (METHODS.contains(verb.getKey())) {
                            operations.add(
                                operation(verb.getKey(), path.getKey(), verb.getValue()));
                          }
                        }));
    // the most literal template first: /api/me/profile before /api/{kind}/profile
    operations.sort(Comparator.comparingInt(Operation::literals).reversed());
    operations.forEach(operation -> successes.put(operation.key(), 0));
    strictComponents = document.path("components").deepCopy();
    strict(strictComponents);
  }

  /** A check of answers against this document (a JSON OpenAPI 3 document). */
  public static Conformance of(String document) {
    try {
      return new Conformance(JSON.readTree(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Operation operation(String method, String template, JsonNode node) {
    StringBuilder regex = new StringBuilder();
    int literals = 0;
    for (String segment : template.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      regex.append('/');
      if (segment.startsWith("{") && segment.endsWith("}")) {
        regex.append("[^/]+");
      } else {
        regex.append(Pattern.quote(segment));
        literals++;
      }
    }
    return new Operation(method, template, Pattern.compile(regex.toString()), literals, node);
  }

  /** Reads every answer given; what does not conform becomes a finding. */
  public Conformance check(List<Exchange> exchanges) {
    exchanges.forEach(this::check);
    return this;
  }

  private void check(Exchange exchange) {
    Operation operation = operationOf(exchange);
    if (operation == null) {
      // probes of what does not exist (a wrong path, a wrong method) are not operations
      if (exchange.status() != 404 && exchange.status() != 405) {
        finding(
            "undocumented operation " + exchange.method() + " " + exchange.path(),
            exchange,
            "answered " + exchange.status());
      }
      return;
    }
    answers.merge(operation.key(), 1, Integer::sum);
    String status = String.valueOf(exchange.status());
    JsonNode responses = operation.node().path("responses");
    JsonNode response = responses.has(status) ? responses.get(status) : responses.get("default");
    if (response == null) {
      finding(operation.key() + ": undocumented status " + status, exchange, "");
      return;
    }
    if (exchange.status() / 100 == 2) {
      successes.merge(operation.key(), 1, Integer::sum);
    }
    String body = exchange.body();
    boolean empty = body == null || body.isEmpty();
    if (exchange.contentType() == null || (empty && exchange.status() == 204)) {
      if (!response.path("content").isEmpty() && !empty) {
        finding(operation.key() + " " + status + ": an answer without media type", exchange, "");
      }
      return;
    }
    String mediaType = exchange.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
    JsonNode content = response.path("content").get(mediaType);
    if (content == null) {
      finding(
          operation.key() + " " + status + ": undocumented media type " + mediaType,
          exchange,
          "documented: " + names(response.path("content")));
      return;
    }
    if (!mediaType.endsWith("json") || empty) {
      return;
    }
    JsonNode schema = content.get("schema");
    if (schema == null) {
      finding(operation.key() + " " + status + ": JSON answer without a schema", exchange, "");
      return;
    }
    List<Error> errors;
    try {
      errors =
          schemas
              .computeIfAbsent(
                  operation.key() + " " + status + " " + mediaType, key -> schemaOf(schema))
              .validate(JSON.readTree(body));
    } catch (IOException e) {
      finding(operation.key() + " " + status + ": not JSON", exchange, e.getMessage());
      return;
    }
    for (Error error : errors) {
      finding(operation.key() + " " + status + ": " + error, exchange, "");
    }
  }

  private Operation operationOf(Exchange exchange) {
    String method = exchange.method().toLowerCase(Locale.ROOT);
    for (Operation operation : operations) {
      if (operation.method().equals(method)
          && operation.pattern().matcher(exchange.path()).matches()) {
        return operation;
      }
    }
    return null;
  }

  /** The response schema, with the document's components beside it for its references. */
  private Schema schemaOf(JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.setAll((ObjectNode) strictCopy(schema));
    root.set("components", strictComponents);
    return registry.getSchema(SchemaLocation.of("urn:passeurs:answer:" + schemas.size()), root);
  }

  private static JsonNode strictCopy(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    strict(copy);
    return copy;
  }

  /** Every object schema that lists its properties admits no other. */
  private static void strict(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("properties") && !object.has("additionalProperties")) {
        object.put("additionalProperties", false);
      }
      object.elements().forEachRemaining(Conformance::strict);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(Conformance::strict);
    }
  }

  private void finding(String what, Exchange exchange, String more) {
    findings.putIfAbsent(
        what,
        exchange.method()
            + " "
            + exchange.path()
            + " in "
            + exchange.test()
            + (more.isEmpty() ? "" : " (" + more + ")")
            + (exchange.body() == null
                ? ""
                : ": " + exchange.body().substring(0, Math.min(300, exchange.body().length()))));
  }

  private static String names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names.toString();
  }

  /** Each answer that does not conform, once per kind, with the request that got it. */
  public List<String> findings() {
    List<String> lines = new ArrayList<>();
    findings.forEach((what, where) -> lines.add(what + "\n    " + where));
    return lines;
  }

  /** The operations never answered with success: their schemas were never tried. */
  public List<String> untried() {
    return successes.entrySet().stream()
        .filter(entry -> entry.getValue() == 0)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Per operation: answers checked and successful answers among them. */
  public String report() {
    StringBuilder report = new StringBuilder();
    successes.forEach(
        (operation, ok) ->
            report
                .append(String.format("%5d %5d  ", answers.getOrDefault(operation, 0), ok))
                .append(operation)
                .append('\n'));
    return report.toString();
  }
}
