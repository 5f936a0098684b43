package fr.passeurs.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.BrowserTest;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Mon compte" in the browser, at 1280 px and on a phone: reached through the navigation, the
 * profile and the password changed; a forgotten password set again with the link received by
 * e-mail. Every page reached passes axe and is no wider than the screen.
 */
class AccountUiIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anApprenticeChangesProfileAndPasswordFromMyAccount() {
    for (int width : new int[] {1280, 375}) {
      Person lea = fixtures.apprentice();
      browser.width(width).logIn(lea.email(), lea.password());
      browser.assertAccessible();
      browser.navigate("Mon compte", "Mon compte").assertAccessible();
      assertThat(browser.path()).startsWith("/me/account.xhtml");
      assertThat(browser.text("#profile\\:email")).isEqualTo(lea.email());

      browser
          .type("#profile\\:displayName", "Léa Fontaine")
          .setValue("#profile\\:birthDate", "2008-03-01")
          .clickAndWait("#profile\\:save");
      assertThat(browser.text(".messages")).contains("Votre profil est enregistré.");
      assertThat(browser.text(".account .who")).isEqualTo("Léa Fontaine");
      assertThat(api.as(lea).get("/api/me").json().getString("birthDate")).isEqualTo("2008-03-01");

      browser
          .type("#password\\:current", "pas le bon")
          .type("#password\\:new", "un nouveau mot de passe")
          .clickAndWait("#password\\:change");
      assertThat(browser.text(".messages"))
          .contains("Mot de passe actuel : le mot de passe actuel");
      browser.assertAccessible().screenshot("account-refused-" + width);
      browser
          .type("#password\\:current", lea.password())
          .type("#password\\:new", "un nouveau mot de passe")
          .clickAndWait("#password\\:change");
      assertThat(browser.text(".messages")).contains("Votre mot de passe est changé.");
      browser.assertAccessible().screenshot("account-" + width);

      browser.logIn(lea.email(), lea.password());
      assertThat(browser.path()).startsWith("/login.xhtml");
      browser.logIn(lea.email(), "un nouveau mot de passe");
      assertThat(browser.text(".account .who")).isEqualTo("Léa Fontaine");

      // the language chosen in the profile is the pages' language from then on
      browser.open("/me/account.xhtml");
      browser.click("#profile\\:language\\:1").clickAndWait("#profile\\:save");
      assertThat(browser.text(".messages")).contains("Your profile is saved.");
      assertThat(browser.text("h1")).isEqualTo("My account");
      browser.assertAccessible();
    }
  }

  @Test
  void aForgottenPasswordIsSetAgainFromTheLinkReceivedByMail() throws Exception {
    for (int width : new int[] {1280, 375}) {
      Person lea = fixtures.apprentice();
      browser.width(width).open("/login.xhtml");
      browser.clickAndWait("#forgotten").assertAccessible().screenshot("forgotten-" + width);
      browser.type("#forgotten\\:email", lea.email()).clickAndWait("#forgotten\\:submit");
      assertThat(browser.path()).startsWith("/login.xhtml");
      assertThat(browser.text(".messages"))
          .contains("Si un compte actif existe pour cette adresse");

      String token = AccountCareIT.mailedToken(lea.email());
      browser.open("/password-reset.xhtml?token=" + token).assertAccessible();
      browser.type("#reset\\:password", "court").clickAndWait("#reset\\:submit");
      assertThat(browser.path()).contains("token=" + token);
      assertThat(browser.text(".messages")).contains("10");
      browser.assertAccessible().screenshot("reset-refused-" + width);
      browser
          .type("#reset\\:password", "mon mot de passe retrouvé")
          .clickAndWait("#reset\\:submit");
      assertThat(browser.text(".messages")).contains("Votre mot de passe est changé");

      browser.logIn(lea.email(), "mon mot de passe retrouvé");
      assertThat(browser.text(".account .who")).isEqualTo("Person " + lea.email());

      // the same link a second time: it no longer works, and says so
      browser.logOut();
      browser
          .open("/password-reset.xhtml?token=" + token)
          .type("#reset\\:password", "encore un mot de passe")
          .clickAndWait("#reset\\:submit");
      assertThat(browser.text(".messages")).contains("ce lien ne sert plus");
    }
  }

  @Test
  void aManagerFindsEachJobUnderItsMenuOnAPhone() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    browser.width(375).logIn(manager.email(), manager.password());
    assertThat(browser.driver().findElement(By.cssSelector(".menu")).isDisplayed()).isFalse();
    browser.navigate("La manufacture", "Salles et machines").assertAccessible();
    assertThat(browser.path()).startsWith("/manager/workshop.xhtml");
    browser.navigate("La manufacture", "Artisans de la manufacture").assertAccessible();
    assertThat(browser.path()).startsWith("/manager/artisans.xhtml");
    browser.screenshot("menu-manager-375");
  }

  @Test
  void anApprenticeDownloadsTheirDataThenDeletesTheirAccount() throws Exception {
    for (int width : new int[] {1280, 375}) {
      Person lea = fixtures.apprentice();
      browser.width(width).logIn(lea.email(), lea.password());
      browser.navigate("Mon compte", "Mon compte");
      String href = browser.find("#downloadData").getAttribute("href");
      String cookies =
          browser.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(java.util.stream.Collectors.joining("; "));
      java.net.http.HttpResponse<String> data =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                      .header("Cookie", cookies)
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(data.statusCode()).isEqualTo(200);
      assertThat(data.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(data.body()).contains(lea.email()).contains("\"enrolments\"");

      browser.type("#delete\\:deletePassword", "pas le bon").clickAndWait("#delete\\:deleteButton");
      assertThat(browser.text(".messages")).contains("Mot de passe");
      assertThat(api.as(lea).get("/api/me").status()).isEqualTo(200);
      browser.assertAccessible().screenshot("account-delete-" + width);
      browser
          .type("#delete\\:deletePassword", lea.password())
          .clickAndWait("#delete\\:deleteButton");
      assertThat(browser.path()).startsWith("/account-deleted.xhtml");
      assertThat(browser.text("h1")).isEqualTo("Compte supprimé");
      browser.assertAccessible();
      browser.logIn(lea.email(), lea.password());
      assertThat(browser.path()).startsWith("/login.xhtml");
    }
  }

  @Test
  void anArtisanHoldingKnowHowIsToldWhatToHandOverBeforeDeleting() {
    String manufacture = fixtures.manufacture();
    Person artisan = fixtures.artisan(manufacture);
    String title =
        api.get("/api/know-how/" + fixtures.knowHowOf(artisan)).json().getString("title");
    browser.width(375).logIn(artisan.email(), artisan.password());
    browser.navigate("Mon compte", "Mon compte");
    assertThat(browser.text("#handOver")).contains(title);
    assertThat(browser.driver().findElements(By.id("delete:deleteButton"))).isEmpty();
    browser.assertAccessible();
  }
}
