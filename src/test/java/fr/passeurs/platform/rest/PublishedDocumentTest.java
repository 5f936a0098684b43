package fr.passeurs.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedDocumentTest {

  @Test
  void theRootMemberPayaraAddsLeavesTheJsonDocumentAndNothingElse() {
    String json =
        "{\"openapi\":\"3.0.3\",\"paths\":{\"/api/x\":{\"endpoints\":1}},"
            + "\"endpoints\":{\"/\":[\"/api/x\"]},\"components\":{}}";
    String cleaned = PublishedDocument.withoutMemberInJson(json);
    assertThat(cleaned.replaceAll("\\s", ""))
        .isEqualTo(
            "{\"openapi\":\"3.0.3\",\"paths\":{\"/api/x\":{\"endpoints\":1}},\"components\":{}}");
    assertThat(PublishedDocument.withoutMemberInJson("not json")).isEqualTo("not json");
  }

  @Test
  void theRootMemberPayaraAddsLeavesTheYamlDocument() {
    String yaml =
        "openapi: 3.0.3\npaths:\n  /api/x:\n    endpoints: 1\nendpoints:\n  /:\n  - /api/x\n\n"
            + "components:\n  schemas: {}\n";
    assertThat(PublishedDocument.withoutMemberInYaml(yaml))
        .isEqualTo(
            "openapi: 3.0.3\npaths:\n  /api/x:\n    endpoints: 1\ncomponents:\n  schemas: {}\n");
  }
}
