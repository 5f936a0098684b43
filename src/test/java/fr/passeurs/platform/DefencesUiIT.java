package fr.passeurs.platform;

import static fr.passeurs.testing.Fixtures.knowHowBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defences as people meet them in the browser, at a laptop's width and a phone's: a script
 * address cannot be saved nor run, texts carry no hidden characters, the login page slows guessing
 * down in plain French and tells nothing of an account to who does not know its password, and a
 * form sent from an expired page gives the page again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DefencesUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;
  Browser browser;

  @BeforeEach
  void open() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
    browser = new Browser(url);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void aScriptAddressIsNeitherSavedByTheEditorNorRunByThePage() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    String title = "Savoir " + Fixtures.uniqueWord();
    String id =
        fixtures
            .knowHow(
                artisan,
                knowHowBody(title, "TEXTILE")
                    .add("recognition", "INVENTORY")
                    .add("recognitionUrl", "https://www.culture.gouv.fr/fiche"))
            .getString("id");

    browser.logIn(artisan.email(), artisan.password());
    browser.open("/artisan/know-how-edit.xhtml?id=" + id);
    browser.type("#editor\\:recognitionUrl", "javascript:window.passeursRan=true");
    browser.clickAndWait("#editor\\:save");
    assertThat(browser.text(".messages"))
        .contains("doit être une adresse web en http:// ou https://");
    browser.assertAccessible().screenshot("defences-editor-refuses-script-address");
    assertThat(api.get("/api/know-how/" + id).json().getJsonObject("recognition").getString("url"))
        .isEqualTo("https://www.culture.gouv.fr/fiche");

    // Even a script address that reached a page would not run: the page's policy forbids it.
    browser.open("/catalogue/know-how.xhtml?id=" + id);
    assertThat(browser.find("#recognitionLink").getAttribute("href"))
        .isEqualTo("https://www.culture.gouv.fr/fiche");
    browser.script(
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
            + " '<a id=\"planted\" href=\"javascript:window.passeursRan=true\">lien</a>');");
    browser.click("#planted");
    sleep(500);
    assertThat(browser.script("return window.passeursRan === true;")).isEqualTo(false);
  }

  @Test
  void hiddenCharactersAreRefusedOnThePagesInFrench() {
    for (int width : new int[] {1280, 375}) {
      browser.width(width).open("/register.xhtml");
      browser
          .type("#register\\:displayName", "Léa\u202eeilima")
          .type("#register\\:email", Fixtures.unique("lea") + "@example.org")
          .type("#register\\:password", "un mot de passe solide")
          .clickAndWait("#register\\:submit");
      assertThat(browser.path()).startsWith("/register.xhtml");
      assertThat(browser.text("#register"))
          .contains("contient un caractère qui inverse le sens du texte");
      browser.assertAccessible().screenshot("defences-bidi-refused-" + width);
    }
  }

  @Test
  void theLoginPageSlowsGuessingDownAndSaysWhenToTryAgain() {
    Person lea = fixtures.apprentice();
    browser.width(375);
    for (int i = 0; i < 5; i++) {
      browser.logIn(lea.email(), "pas son mot de passe");
      assertThat(browser.text(".messages")).contains("Adresse e-mail ou mot de passe incorrect");
    }
    // guessing on, the wait grows (1 s, 2 s, 4 s…) however fast or slow a login is: the held
    // attempts do not count, so guess for as long as growing to 4 s may take
    int wait = 0;
    String said = "";
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (wait < 4 && System.nanoTime() < giveUp) {
      browser.logIn(lea.email(), "pas son mot de passe");
      said = browser.text(".messages");
      Matcher held = HELD.matcher(said);
      wait = held.find() ? Integer.parseInt(held.group(1)) : 0;
    }
    assertThat(wait).as("the login page said to wait, and said: " + said).isGreaterThanOrEqualTo(4);
    browser.assertAccessible().screenshot("defences-login-held");
    // the right password too waits its turn
    browser.logIn(lea.email(), lea.password());
    assertThat(browser.path()).startsWith("/login.xhtml");
    assertThat(browser.text(".messages")).containsPattern(HELD.pattern());
    sleep((wait + 1) * 1000L);
    browser.logIn(lea.email(), lea.password());
    assertThat(browser.text(".account .who")).isEqualTo("Person " + lea.email());
  }

  static final Pattern HELD =
      Pattern.compile("Trop de tentatives de connexion : réessayez dans (\\d+) secondes\\.");

  @Test
  void onlyTheRightPasswordLearnsThatAnAccountAwaitsActivation() {
    String manufacture = fixtures.manufacture();
    Person pending = fixtures.pendingArtisan(manufacture);
    browser.logIn(pending.email(), "pas le bon mot de passe");
    String wrong = browser.text(".messages");
    browser.logIn("personne-" + Fixtures.uniqueWord() + "@example.org", "pas le bon mot de passe");
    assertThat(browser.text(".messages")).isEqualTo(wrong);
    assertThat(wrong).contains("incorrect").doesNotContain("activé");
    browser.logIn(pending.email(), pending.password());
    assertThat(browser.text(".messages")).contains("attend d’être activé");
  }

  @Test
  void aFormFromAnExpiredOrForgedPageGivesThePageAgain() {
    for (String how : new String[] {"forged", "expired"}) {
      browser.logOut();
      browser.open("/register.xhtml");
      browser
          .type("#register\\:displayName", "Léa " + how)
          .type("#register\\:email", Fixtures.unique("lea") + "@example.org")
          .type("#register\\:password", "un mot de passe solide");
      if (how.equals("forged")) {
        browser.script(
            "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(i => i.value = '-123456789:987654321');");
      } else {
        browser.driver().manage().deleteAllCookies();
      }
      browser.clickAndWait("#register\\:submit");
      assertThat(browser.path()).as(how).startsWith("/register.xhtml");
      assertThat(browser.text(".messages")).as(how).contains("Cette page avait expiré");
      assertThat(browser.all("#register\\:displayName")).as(how).isNotEmpty();
      browser.assertAccessible();
    }
    browser.screenshot("defences-expired-page");
  }

  @Test
  void aFormSentBackWithoutItsPagesNonceGivesThePageAgain() {
    browser.open("/login.xhtml");
    browser.script(
        "document.querySelectorAll('input[name=\"primefaces.nonce\"]').forEach(i => i.remove());");
    browser.type("#login\\:email", "personne@example.org").type("#login\\:password", "x");
    browser.clickAndWait("#login\\:submit");
    assertThat(browser.path()).startsWith("/login.xhtml");
    assertThat(browser.text(".messages")).contains("Cette page avait expiré");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
