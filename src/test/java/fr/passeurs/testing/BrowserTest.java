package fr.passeurs.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test starts from: the deployed application's address, the API and its fixtures
 * to arrange what the test needs, and a headless Chromium closed after each test. A subclass gives
 * its {@code @Deployment}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

  @ArquillianResource protected URL url;
  protected Api api;
  protected Fixtures fixtures;
  protected Browser browser;

  @BeforeEach
  void openBrowser() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
    browser = new Browser(url);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
