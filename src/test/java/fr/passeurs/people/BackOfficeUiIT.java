package fr.passeurs.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.TestRuntime;
import jakarta.json.Json;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's back office and the manager's account pages in the browser, from the login form, at
 * 1280 px and on a phone: a manufacture opened and described, its manager appointed, who then logs
 * in; an account found and deactivated, which then cannot log in and is told why; a pending artisan
 * refused, who is told why. Every page reached passes axe and is no wider than the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeUiIT {

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
  void theAdminOpensAManufactureAndAppointsItsManagerWhoThenLogsIn() {
    for (int width : new int[] {1280, 375}) {
      String name = "Manufacture " + Fixtures.uniqueWord();
      String managerEmail = Fixtures.unique("gerante") + "@example.org";
      browser.width(width).logIn(TestRuntime.ADMIN_EMAIL, TestRuntime.adminPassword());
      browser.navigate("Administration", "Manufactures").assertAccessible();
      assertThat(browser.path()).startsWith("/admin/manufactures.xhtml");
      browser.clickAndWait("#openNew").assertAccessible();
      assertThat(browser.text("h1")).isEqualTo("Ouvrir une manufacture");

      // sent empty: each field says what it lacks, nothing is opened
      browser.clickAndWait("#describe\\:save");
      assertThat(browser.text("#describe")).contains("Ce champ est obligatoire.");
      browser.assertAccessible().screenshot("admin-manufacture-refused-" + width);

      browser
          .type("#describe\\:name", name)
          .type("#describe\\:street", "12 rue des Tanneries")
          .type("#describe\\:postalCode", "23200")
          .type("#describe\\:city", "Aubusson")
          .type("#describe\\:latitude", "45.9566")
          .type("#describe\\:longitude", "2.1681")
          .type("#describe\\:description", "Tapisserie et teinture végétale.");
      new Select(browser.find("#describe\\:region")).selectByValue("NOUVELLE_AQUITAINE");
      browser.clickAndWait("#describe\\:save");
      assertThat(browser.text(".messages")).contains("La manufacture " + name + " est ouverte.");
      assertThat(browser.path()).contains("id=");
      String manufactureId = browser.path().replaceAll(".*id=([0-9a-f-]{36}).*", "$1");
      assertThat(api.get("/api/manufactures/" + manufactureId).json().getString("city"))
          .isEqualTo("Aubusson");
      assertThat(browser.text("#managers")).contains("Aucun gérant");

      browser
          .type("#appoint\\:email", managerEmail)
          .type("#appoint\\:managerName", "Odile Marchand " + width)
          .type("#appoint\\:managerPassword", "un mot de passe de gérante");
      browser.clickAndWait("#appoint\\:appointButton");
      assertThat(browser.text(".messages")).contains("Le compte de Odile Marchand " + width);
      assertThat(browser.text("#managers")).contains(managerEmail);
      browser.assertAccessible().screenshot("admin-manufacture-" + width);

      browser.logIn(managerEmail, "un mot de passe de gérante");
      assertThat(browser.text(".account .who")).isEqualTo("Odile Marchand " + width);
      browser.navigate("La manufacture", "Artisans de la manufacture").assertAccessible();
      browser.logOut();
    }
  }

  @Test
  void theAdminFindsAnAccountAndDeactivatesItWhichThenCannotLogIn() {
    for (int width : new int[] {1280, 375}) {
      Person teacher = fixtures.teacher();
      String word = Fixtures.uniqueWord();
      api.as(teacher)
          .put(
              "/api/me/profile",
              Json.createObjectBuilder().add("displayName", "Claire " + word).build());
      browser.width(width).logIn(TestRuntime.ADMIN_EMAIL, TestRuntime.adminPassword());
      browser.navigate("Administration", "Comptes").assertAccessible();
      browser.type("#search\\:q", word).clickAndWait("#search\\:go");
      assertThat(browser.text("#results-title")).isEqualTo("1 compte");
      browser.assertAccessible().screenshot("admin-accounts-" + width);
      browser.clickAndWait(browser.driver().findElement(By.linkText("Claire " + word)));
      assertThat(browser.path()).startsWith("/manager/account.xhtml");
      assertThat(browser.text("#status")).isEqualTo("Actif");
      browser.assertAccessible();

      browser.clickAndWait("#deactivateForm\\:deactivate");
      assertThat(browser.text(".messages")).contains("dites pourquoi");
      browser
          .type("#deactivateForm\\:reason", "Adresse usurpée, signalée par l'établissement.")
          .clickAndWait("#deactivateForm\\:deactivate");
      assertThat(browser.text(".messages")).contains("est désactivé");
      assertThat(browser.text("#status")).isEqualTo("Désactivé");
      assertThat(browser.text("#statusReason"))
          .isEqualTo("Adresse usurpée, signalée par l'établissement.");
      browser.assertAccessible().screenshot("admin-account-" + width);

      browser.logIn(teacher.email(), teacher.password());
      assertThat(browser.path()).startsWith("/login.xhtml");
      assertThat(browser.text(".messages"))
          .contains(
              "Votre compte a été désactivé. Motif : Adresse usurpée, signalée par"
                  + " l'établissement.");
      browser.assertAccessible();
      // a wrong password learns nothing of the account
      browser.logIn(teacher.email(), "pas le bon mot de passe");
      assertThat(browser.text(".messages")).doesNotContain("désactivé");
    }
  }

  @Test
  void aManagerRefusesAPendingArtisanWhoIsToldWhyAtLogin() {
    for (int width : new int[] {1280, 375}) {
      String manufacture = fixtures.manufacture();
      Person manager = fixtures.manager(manufacture);
      Person artisan = fixtures.pendingArtisan(manufacture);
      browser.width(width).logIn(manager.email(), manager.password());
      browser.navigate("La manufacture", "Artisans de la manufacture").assertAccessible();
      browser.clickAndWait("a[id$=':open']").assertAccessible();
      assertThat(browser.text("h1")).isEqualTo("Person " + artisan.email());
      browser
          .type("#refuseForm\\:reason", "Nous ne connaissons pas votre atelier.")
          .clickAndWait("#refuseForm\\:refuse");
      assertThat(browser.text(".messages")).contains("est refusée");
      assertThat(browser.text("#status")).isEqualTo("Inscription refusée");
      browser.assertAccessible().screenshot("manager-refused-" + width);
      browser.navigateTo("/manager/artisans.xhtml");
      assertThat(browser.text("#inactiveTable")).contains("Nous ne connaissons pas votre atelier.");
      browser.assertAccessible();

      browser.logIn(artisan.email(), artisan.password());
      assertThat(browser.text(".messages"))
          .contains(
              "Votre inscription a été refusée par votre manufacture. Motif : Nous ne connaissons"
                  + " pas votre atelier.");
    }
  }
}
