package fr.passeurs.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Exchanges.Exchange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceTest {

  private static final String DOCUMENT =
      """
      {"openapi": "3.0.3",
       "paths": {
         "/api/crafts/{code}": {"get": {"responses": {
           "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Craft"}}}},
           "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
         "/api/crafts/mine": {"delete": {"responses": {"204": {"description": "gone"}}}}},
       "components": {"schemas": {
         "Craft": {"type": "object", "required": ["code"], "properties": {
           "code": {"type": "string"}, "since": {"type": "string", "format": "date", "nullable": true},
           "tags": {"type": "array", "items": {"type": "string"}}}},
         "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}}}}}
      """;

  private static Exchange answer(String method, String path, int status, String type, String body) {
    return new Exchange(method, path, status, type, body, "ConformanceTest");
  }

  @Test
  void answersAsDocumentedConform() {
    Conformance conformance =
        Conformance.of(DOCUMENT)
            .check(
                List.of(
                    answer(
                        "GET",
                        "/api/crafts/X1",
                        200,
                        "application/json",
                        "{\"code\":\"X1\",\"since\":null,\"tags\":[\"bois\"]}"),
                    answer(
                        "GET",
                        "/api/crafts/X2",
                        404,
                        "application/problem+json",
                        "{\"status\":404}"),
                    answer("DELETE", "/api/crafts/mine", 204, null, ""),
                    answer("GET", "/api/nothing", 404, "application/problem+json", "{}")));
    assertThat(conformance.findings()).isEmpty();
    assertThat(conformance.untried()).isEmpty();
  }

  @Test
  void anUndocumentedFieldAWrongTypeOrAMissingRequiredFieldIsAFinding() {
    Conformance conformance =
        Conformance.of(DOCUMENT)
            .check(
                List.of(
                    answer(
                        "GET",
                        "/api/crafts/A",
                        200,
                        "application/json",
                        "{\"code\":\"A\",\"secret\":1}"),
                    answer(
                        "GET",
                        "/api/crafts/B",
                        200,
                        "application/json",
                        "{\"code\":\"B\",\"tags\":[3]}"),
                    answer("GET", "/api/crafts/C", 200, "application/json", "{\"since\":null}")));
    assertThat(conformance.findings()).hasSize(3);
    assertThat(String.join("\n", conformance.findings()))
        .contains("secret")
        .contains("/tags/0: integer found, string expected")
        .contains("code");
  }

  @Test
  void anUndocumentedStatusMediaTypeOrOperationIsAFinding() {
    Conformance conformance =
        Conformance.of(DOCUMENT)
            .check(
                List.of(
                    answer("GET", "/api/crafts/A", 409, "application/problem+json", "{}"),
                    answer("GET", "/api/crafts/A", 200, "text/csv", "code\nA"),
                    answer("POST", "/api/crafts/A", 201, "application/json", "{}")));
    assertThat(conformance.findings())
        .anyMatch(line -> line.contains("undocumented status 409"))
        .anyMatch(line -> line.contains("undocumented media type text/csv"))
        .anyMatch(line -> line.contains("undocumented operation POST /api/crafts/A"));
  }

  @Test
  void anOperationNeverAnsweredWithSuccessIsUntried() {
    Conformance conformance =
        Conformance.of(DOCUMENT)
            .check(List.of(answer("GET", "/api/crafts/X", 404, "application/problem+json", "{}")));
    assertThat(conformance.untried())
        .containsExactlyInAnyOrder("GET /api/crafts/{code}", "DELETE /api/crafts/mine");
  }
}
