package fr.passeurs.platform.rest;

import fr.passeurs.platform.idempotency.CapturedResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The OpenAPI document as clients read it: Payara adds to the document it serves a root member
 * {@code endpoints} (its own list of paths) that OpenAPI does not know, after the filters of the
 * model have run; a strict reader (OpenAPI Generator's validation, Redocly) refuses the whole
 * document for it. This filter takes it out of the JSON and of the YAML that {@code /openapi}
 * answers, and nothing else. (Mapped in {@code web.xml} on {@code /openapi}.)
 */
public class PublishedDocument extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The member taken out. */
  static final String PAYARA_ONLY = "endpoints";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    CapturedResponse captured = new CapturedResponse(response);
    chain.doFilter(request, captured);
    String body = captured.body();
    String type = captured.getContentType() == null ? "" : captured.getContentType();
    String cleaned =
        captured.getStatus() != 200
            ? body
            : type.contains("json") ? withoutMemberInJson(body) : withoutMemberInYaml(body);
    byte[] bytes = cleaned.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** The JSON document without the root member, the others in their order. */
  static String withoutMemberInJson(String json) {
    JsonObject document;
    try (var reader = Json.createReader(new StringReader(json))) {
      document = reader.readObject();
    } catch (RuntimeException notAnObject) {
      return json;
    }
    if (!document.containsKey(PAYARA_ONLY)) {
      return json;
    }
    JsonObjectBuilder kept = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> member : document.entrySet()) {
      if (!member.getKey().equals(PAYARA_ONLY)) {
        kept.add(member.getKey(), member.getValue());
      }
    }
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(kept.build());
    }
    return out.toString();
  }

  /**
   * The YAML document without the root member: its key line at the margin and the lines below it
   * that are indented (or empty), up to the next key at the margin.
   */
  static String withoutMemberInYaml(String yaml) {
    StringBuilder kept = new StringBuilder(yaml.length());
    boolean skipping = false;
    for (String line : yaml.split("\n", -1)) {
      boolean atMargin = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
      if (atMargin) {
        skipping = line.startsWith(PAYARA_ONLY + ":");
      }
      if (!skipping) {
        kept.append(line).append('\n');
      }
    }
    // split and join keep the text's own ending
    return kept.substring(0, kept.length() - 1);
  }
}
