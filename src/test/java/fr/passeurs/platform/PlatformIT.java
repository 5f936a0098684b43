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
