package fr.passeurs.catalogue;

import static fr.passeurs.testing.Fixtures.array;
import static fr.passeurs.testing.Fixtures.knowHowBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The catalogue's pages in headless Chromium, as their users go through them, with an accessibility
 * check on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Fixtures fixtures;
  Browser browser;

  @BeforeEach
  void open() {
    fixtures = new Fixtures(Api.at(url));
    browser = new Browser(url);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void visitorRegistersLogsInSearchesAndOpensAKnowHow() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    String word = Fixtures.uniqueWord();
    String title = "Dentelle au point d'Alençon " + word;
    fixtures.knowHow(
        artisan,
        knowHowBody(title, "TEXTILE")
            .add("craftCode", "dentellier-a-l-aiguille")
            .add("techniques", array("Point à l'aiguille", "Réseau"))
            .add("recognition", "UNESCO")
            .add("recognitionUrl", "https://ich.unesco.org/fr/decisions/5.COM/6.13"));

    browser.open("/").assertAccessible().screenshot("home");
    assertThat(browser.text("h1")).isEqualTo("Transmettre les savoir-faire rares");

    browser.open("/register.xhtml").assertAccessible();
    String email = Fixtures.unique("lea") + "@example.org";
    browser
        .type("#register\\:displayName", "Léa Apprentie")
        .type("#register\\:email", email)
        .type("#register\\:password", "un mot de passe solide")
        .clickAndWait("#register\\:submit");
    assertThat(browser.path()).startsWith("/login.xhtml");
    assertThat(browser.text(".messages")).contains("vous pouvez vous connecter");
    browser.assertAccessible().screenshot("login");

    browser
        .type("#login\\:email", email)
        .type("#login\\:password", "un mot de passe solide")
        .clickAndWait("#login\\:submit");
    assertThat(browser.text(".account .who")).isEqualTo("Léa Apprentie");
    assertThat(browser.path()).startsWith("/me/space.xhtml");
    browser.clickAndWait(".brand");

    browser.type("#home-q", "dentelle alencon " + word).clickAndWait(".search-box button");
    assertThat(browser.path()).startsWith("/catalogue/search.xhtml");
    assertThat(browser.text("#results-title")).isEqualTo("1 savoir-faire trouvé");
    browser.assertAccessible().screenshot("search");

    new Select(browser.find("#search\\:domain")).selectByVisibleText("Métal");
    browser.clickAndWait("#search\\:go");
    assertThat(browser.text("#results-title")).isEqualTo("Aucun savoir-faire trouvé");
    new Select(browser.find("#search\\:domain")).selectByVisibleText("Textile");
    browser.clickAndWait("#search\\:go");
    assertThat(browser.path()).contains("domain=TEXTILE").contains(word);

    browser.clickAndWait(".card-title a");
    assertThat(browser.text("h1")).isEqualTo(title);
    assertThat(browser.text(".rarity-explained"))
        .contains("En danger critique")
        .contains("1 détenteur actif");
    assertThat(browser.text(".holders")).contains("Person");
    assertThat(browser.text(".tags")).contains("Point à l'aiguille");
    browser.assertAccessible().screenshot("detail");
  }

  @Test
  void pagesSpeakEnglishOnRequest() {
    browser.open("/catalogue/search.xhtml?lang=en");
    assertThat(browser.text("h1")).isEqualTo("Know-how catalogue");
    browser.open("/");
    assertThat(browser.text("h1")).isEqualTo("Passing rare know-how on");
    browser.assertAccessible();
    browser.clickAndWait("a.lang");
    assertThat(browser.text("h1")).isEqualTo("Transmettre les savoir-faire rares");
  }

  @Test
  void artisanDescribesAKnowHowTheyHold() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    String word = Fixtures.uniqueWord();

    browser.logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/my-know-how.xhtml");
    browser.find("#mine");
    browser.assertAccessible();
    browser.clickAndWait("#new");
    browser.assertAccessible().screenshot("editor");

    browser
        .type("#editor\\:title", "Coutellerie de Thiers " + word)
        .type("#editor\\:summary", "Forger, émoudre et monter un couteau.")
        .type("#editor\\:description", "Du barreau d'acier au couteau fini.");
    new Select(browser.find("#editor\\:domain")).selectByVisibleText("Métal");
    browser.waitForText("#editor\\:craft", "Coutelier");
    new Select(browser.find("#editor\\:craft")).selectByVisibleText("Coutelier");
    browser.clickAndWait("#editor\\:save");

    assertThat(browser.text("h1")).isEqualTo("Coutellerie de Thiers " + word);
    assertThat(browser.text(".facts")).contains("Coutelier");
    assertThat(browser.text(".holders")).contains("Person");

    browser.open("/artisan/my-know-how.xhtml");
    assertThat(browser.text("#mine")).contains("Coutellerie de Thiers " + word);
  }

  @Test
  void artisanRegistersAndTheirManagerLetsThemIn() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String email = Fixtures.unique("hugo") + "@example.org";

    browser.open("/register.xhtml");
    browser.click("label[for='register:role:2']");
    browser.find("#register\\:manufacture");
    browser.assertAccessible();
    browser
        .type("#register\\:displayName", "Hugo Artisan")
        .type("#register\\:email", email)
        .type("#register\\:password", "un mot de passe solide");
    new Select(browser.find("#register\\:manufacture")).selectByValue(manufacture);
    browser.clickAndWait("#register\\:submit");
    assertThat(browser.text(".messages")).contains("Un gérant de votre manufacture doit l’activer");

    browser.logIn(email, "un mot de passe solide");
    assertThat(browser.text(".messages")).contains("attend d’être activé");

    browser.logIn(manager.email(), manager.password());
    browser.open("/manager/artisans.xhtml");
    assertThat(browser.text("#pending")).contains("Hugo Artisan");
    browser.assertAccessible().screenshot("artisans");
    browser.clickAndWait("#pending button");
    assertThat(browser.text(".messages")).contains("Hugo Artisan");
    assertThat(browser.text("#activeTable")).contains("Hugo Artisan");

    browser.logIn(email, "un mot de passe solide");
    assertThat(browser.text(".account .who")).isEqualTo("Hugo Artisan");
  }

  @Test
  void protectedPagesSendVisitorsToTheLoginPageAndBack() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    browser.open("/manager/artisans.xhtml");
    assertThat(browser.path()).startsWith("/login.xhtml?next=");
    browser
        .type("#login\\:email", manager.email())
        .type("#login\\:password", manager.password())
        .clickAndWait("#login\\:submit");
    assertThat(browser.path()).isEqualTo("/manager/artisans.xhtml");

    Person apprentice = fixtures.apprentice();
    browser.logIn(apprentice.email(), apprentice.password());
    browser.open("/manager/artisans.xhtml");
    assertThat(browser.text("h1")).isEqualTo("Oups");
  }
}
