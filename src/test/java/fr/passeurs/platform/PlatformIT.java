package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The house rules of the API on a real Payara Micro: every error on /api is a problem document,
 * including the container's own; OpenAPI and health are served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;

  @BeforeEach
  void connect() {
    api = Api.at(url);
  }

  @Test
  void unknownApiPathIsAProblemDocumentNotAnHtmlPage() {
    Api.Response answer = api.get("/api/no-such-thing");
    assertProblem(answer, 404);
  }

  @Test
  void wrongMethodIsA405ProblemWithTheAllowedMethods() {
    Api.Response answer = api.delete("/api/crafts");
    assertProblem(answer, 405);
    assertThat(answer.header("Allow")).contains("GET");
  }

  @Test
  void bodyThatIsNotJsonIsA400Problem() {
    Api.Response answer = api.send("POST", "/api/accounts", "{\"email\":", "application/json");
    assertProblem(answer, 400);
    assertThat(answer.json().getString("detail")).contains("not valid JSON");
  }

  @Test
  void wrongMediaTypeIsA415Problem() {
    Api.Response answer = api.send("POST", "/api/accounts", "email=x", "text/plain");
    assertProblem(answer, 415);
  }

  @Test
  void protectedResourceWithoutLoginIsA401ProblemInvitingBasicAuthentication() {
    Api.Response answer = api.get("/api/me");
    assertProblem(answer, 401);
    assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void wrongCredentialsAreA401ProblemEvenOnPublicResources() {
    Api.Response answer = api.as("nobody@example.org", "not the password").get("/api/crafts");
    assertProblem(answer, 401);
    assertThat(answer.json().getString("type")).endsWith("bad-credentials");
  }

  @Test
  void malformedAuthorizationHeaderIsA401Problem() {
    Api.Response answer = api.withAuthorization("Basic %%%not-base64").get("/api/me");
    assertProblem(answer, 401);
    Api.Response bearer = api.withAuthorization("Bearer abc").get("/api/me");
    assertProblem(bearer, 401);
  }

  @Test
  void wrongRoleIsA403Problem() {
    Api.Response registered =
        api.post(
            "/api/accounts",
            jakarta.json.Json.createObjectBuilder()
                .add("email", fr.passeurs.testing.Fixtures.unique("teacher") + "@example.org")
                .add("password", "a long password")
                .add("displayName", "Teacher")
                .add("role", "TEACHER")
                .build());
    assertThat(registered.status()).isEqualTo(201);
    String email = registered.json().getString("email");
    Api.Response answer = api.as(email, "a long password").get("/api/accounts");
    assertProblem(answer, 403);
  }

  @Test
  void openApiDescribesTheApi() {
    Api.Response answer = api.get("/openapi");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .contains("/api/know-how")
        .contains("/api/accounts")
        .contains("Passeurs API");
    // Payara's own root member "endpoints", unknown to OpenAPI, is not published
    assertThat(answer.body()).doesNotContain("\nendpoints:");
  }

  /**
   * The document says what the resources take and give: every resource method is an operation, each
   * JSON body and answer of the API's records has their fields with their types (no two records
   * merged under one name, dates as strings of their format, lists with their items); no page bean
   * is published; operation ids are unique; the roles are the five roles.
   */
  @Test
  void openApiDocumentMatchesTheResources() throws java.io.IOException {
    Api.Response answer = api.fetch("/openapi", "application/json");
    assertThat(answer.status()).isEqualTo(200);
    jakarta.json.JsonObject document = answer.json();
    assertThat(document).doesNotContainKey("endpoints");
    // kept for the linter that .ci/run runs on it
    java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), answer.body());
    assertThat(fr.passeurs.platform.rest.ContractCheck.of(document)).isEmpty();
    assertThat(fr.passeurs.platform.rest.ContractCheck.pageBeansIn(document)).isEmpty();
    assertThat(fr.passeurs.platform.rest.ContractCheck.danglingReferences(document)).isEmpty();
    // who may call: every operation names its security, HTTP Basic at least
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (verb, operation) -> {
                          assertThat(operation.asJsonObject().getJsonArray("security"))
                              .as(verb + " " + path)
                              .isNotNull()
                              .contains(
                                  jakarta.json.Json.createObjectBuilder()
                                      .add("basic", jakarta.json.Json.createArrayBuilder())
                                      .build());
                          // and the problem documents it may answer, one schema for all
                          assertThat(
                                  operation
                                      .asJsonObject()
                                      .getJsonObject("responses")
                                      .getJsonObject("401")
                                      .getJsonObject("content")
                                      .getJsonObject("application/problem+json")
                                      .getJsonObject("schema")
                                      .getString("$ref"))
                              .as(verb + " " + path)
                              .isEqualTo("#/components/schemas/Problem");
                        }));
    java.util.List<String> ids = new java.util.ArrayList<>();
    document
        .getJsonObject("paths")
        .values()
        .forEach(
            item ->
                item.asJsonObject()
                    .values()
                    .forEach(
                        operation -> {
                          if (operation.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT
                              && operation.asJsonObject().containsKey("operationId")) {
                            ids.add(operation.asJsonObject().getString("operationId"));
                          }
                        }));
    assertThat(ids).hasSizeGreaterThan(100).doesNotHaveDuplicates();
    assertThat(
            document
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("AccountView")
                .getJsonObject("properties")
                .getJsonObject("roles")
                .getJsonObject("items")
                .getJsonArray("enum")
                .getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("ADMIN", "MANAGER", "ARTISAN", "APPRENTICE", "TEACHER");
    document
        .getJsonArray("servers")
        .forEach(s -> assertThat(s.asJsonObject().getString("url")).doesNotEndWith("/"));
  }

  @Test
  void healthIsUp() {
    Api.Response answer = api.get("/health");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getString("status")).isEqualTo("UP");
    assertThat(answer.body()).contains("\"database\"");
  }

  @Test
  void unknownPageIsAnHtmlErrorPage() {
    Api.Response answer = api.get("/no-such-page.xhtml");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("text/html");
  }

  static void assertProblem(Api.Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    assertThat(answer.json().getInt("status")).isEqualTo(status);
    assertThat(answer.json().getString("title")).isNotBlank();
    assertThat(answer.json().getString("type")).isNotBlank();
    assertThat(answer.json().getString("detail")).isNotBlank();
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("<html");
  }
}
