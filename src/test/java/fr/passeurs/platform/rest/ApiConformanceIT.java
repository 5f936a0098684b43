package fr.passeurs.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Exchanges;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The last test of the run: every answer the other integration tests received from the API is
 * checked against the OpenAPI document the application publishes (operation, status, media type,
 * JSON body against its schema, no undocumented field), and every operation must have been tried
 * with success at least once. Run alone, it has nothing to check and fails on the second count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(Integer.MAX_VALUE)
class ApiConformanceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  @Test
  void everyAnswerOfTheRunIsTheOneTheDocumentDescribes() throws IOException {
    Api.Response document = Api.at(url).fetch("/openapi", "application/json");
    assertThat(document.status()).isEqualTo(200);
    var exchanges = Exchanges.recorded();
    Conformance conformance = Conformance.of(document.body()).check(exchanges);
    Files.writeString(
        Path.of("target/api-conformance.txt"),
        "answers checked: "
            + exchanges.size()
            + "\n(answers, successful answers, operation)\n"
            + conformance.report()
            + "\n"
            + String.join("\n", conformance.findings())
            + "\n");
    assertThat(conformance.findings()).as("answers unlike the document").isEmpty();
    assertThat(conformance.untried()).as("operations no test answered with success").isEmpty();
  }
}
