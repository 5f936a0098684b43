package fr.passeurs.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.client.api.AccountsApi;
import fr.passeurs.client.api.CatalogueApi;
import fr.passeurs.client.model.AccountView;
import fr.passeurs.client.model.AccountViewPage;
import fr.passeurs.client.model.CraftViewPage;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.TestRuntime;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner's program: the Java client OpenAPI Generator made from the document the application
 * publishes, calling the application as its integration tests do: the official crafts anonymously,
 * the admin's own account and the accounts list with HTTP Basic, and a wrong password refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;

  private ApiClient client(String email, String password) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(url.toString().replaceAll("/$", ""));
    if (email != null) {
      String basic =
          Base64.getEncoder()
              .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
      client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
    }
    return client;
  }

  @Test
  void theGeneratedClientReadsTheCatalogueAndTheAccounts() throws ApiException {
    CraftViewPage crafts = new CatalogueApi(client(null, null)).getCrafts("TEXTILE", null, 5);
    assertThat(crafts.getTotal()).isPositive();
    assertThat(crafts.getItems()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
    assertThat(crafts.getItems()).allSatisfy(c -> assertThat(c.getDomain()).hasToString("TEXTILE"));

    String password = System.getProperty("passeurs.test.admin.password");
    AccountsApi accounts = new AccountsApi(client(TestRuntime.ADMIN_EMAIL, password));
    AccountView me = accounts.me();
    assertThat(me.getEmail()).isEqualTo(TestRuntime.ADMIN_EMAIL);
    AccountViewPage admins = accounts.getAccounts(null, null, "ADMIN", null, null, null);
    assertThat(admins.getItems())
        .extracting(AccountView::getEmail)
        .contains(TestRuntime.ADMIN_EMAIL);

    AccountsApi wrong = new AccountsApi(client(TestRuntime.ADMIN_EMAIL, "not the password"));
    assertThatThrownBy(wrong::me)
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).getCode()).isEqualTo(401));
  }
}
