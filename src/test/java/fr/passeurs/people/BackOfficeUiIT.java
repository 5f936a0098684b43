package fr.passeurs.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.BrowserTest;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.TestRuntime;
import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's back office and the manager's account pages in the browser, from the login form, at
 * 1280 px and on a phone: a manufacture opened and described, its manager appointed, who then logs
 * in; an account found and deactivated, which then cannot log in and is told why; a pending artisan
 * refused, who is told why. Every page reached passes axe and is no wider than the screen.
 */
class BackOfficeUiIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
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

  @Test
  void aManagerSetsOpeningHoursAClosureDayAndARoomCalendarAddress() {
    for (int width : new int[] {1280, 375}) {
      String manufacture = fixtures.manufacture();
      Person manager = fixtures.manager(manufacture);
      fixtures.room(manager, manufacture, 16);
      String hours = "/api/manufactures/" + manufacture + "/opening-hours";
      browser.width(width).logIn(manager.email(), manager.password());
      browser.navigate("La manufacture", "Salles et machines").assertAccessible();

      // Wednesday closes at noon, Saturday opens in the morning
      browser
          .setValue("input[id$=':2:closes1']", "12:00")
          .setValue("input[id$=':5:opens1']", "10:00")
          .setValue("input[id$=':5:closes1']", "13:00")
          .clickAndWait("#hoursForm\\:saveHours");
      assertThat(browser.text(".messages")).contains("Les horaires sont enregistrés.");
      List<String> periods =
          api.get(hours).json().getJsonArray("periods").stream()
              .map(
                  p ->
                      p.asJsonObject().getString("day")
                          + " "
                          + p.asJsonObject().getString("opens")
                          + "-"
                          + p.asJsonObject().getString("closes"))
              .toList();
      assertThat(periods)
          .contains("WEDNESDAY 09:00:00-12:00:00", "SATURDAY 10:00:00-13:00:00")
          .doesNotContain("WEDNESDAY 09:00:00-18:00:00");

      // a period with an opening and no closing is refused, and nothing changes
      browser.setValue("input[id$=':3:opens2']", "14:00").clickAndWait("#hoursForm\\:saveHours");
      assertThat(browser.text(".messages"))
          .contains("Horaires : donnez l’heure d’ouverture et l’heure de fermeture");
      assertThat(api.get(hours).json().getJsonArray("periods")).hasSize(periods.size());
      browser.assertAccessible().screenshot("manager-hours-" + width);

      LocalDate closed = Fixtures.monday(2);
      browser
          .setValue("#closeForm\\:closureDate", closed.toString())
          .type("#closeForm\\:closureReason", "Inventaire")
          .clickAndWait("#closeForm\\:close");
      assertThat(browser.text(".messages")).contains("Ce jour est fermé");
      assertThat(browser.text("#closures")).contains("Inventaire");
      assertThat(api.get(hours).json().getJsonArray("closures").getJsonObject(0).getString("date"))
          .isEqualTo(closed.toString());
      browser.clickAndWait("#closures button");
      assertThat(browser.text(".messages")).contains("Ce jour est de nouveau ouvert.");
      assertThat(api.get(hours).json().getJsonArray("closures")).isEmpty();

      browser.clickAndWait("button[id$=':issueCalendar']");
      String address = browser.text(".room-calendar-url");
      assertThat(address).contains("/api/calendars/").endsWith(".ics");
      Api.Response feed = api.fetch(address.substring(address.indexOf("/api/")), "text/calendar");
      assertThat(feed.status()).isEqualTo(200);
      assertThat(feed.body()).contains("BEGIN:VCALENDAR");
      browser.assertAccessible().screenshot("manager-room-calendar-" + width);
      browser.clickAndWait("button[id$=':revokeCalendar']");
      assertThat(api.fetch(address.substring(address.indexOf("/api/")), "text/calendar").status())
          .isEqualTo(404);
    }
  }

  @Test
  void theAdminReadsWhoDeactivatedWhomAndWhyInTheAuditTrailAndAManagerTheirManufacturesActs() {
    for (int width : new int[] {1280, 375}) {
      Person teacher = fixtures.teacher();
      String word = Fixtures.uniqueWord();
      String reason = "Signalé par l'établissement " + word + ".";
      api.as(teacher)
          .put(
              "/api/me/profile",
              Json.createObjectBuilder().add("displayName", "Claire " + word).build());
      assertThat(
              fixtures
                  .asAdmin()
                  .post(
                      "/api/accounts/" + teacher.id() + "/deactivation",
                      Json.createObjectBuilder().add("reason", reason).build())
                  .status())
          .isEqualTo(200);

      browser.width(width).logIn(TestRuntime.ADMIN_EMAIL, TestRuntime.adminPassword());
      browser.navigate("Administration", "Journal d’audit").assertAccessible();
      assertThat(browser.path()).startsWith("/manager/audit.xhtml");
      new Select(browser.find("#filter\\:action")).selectByValue("ACCOUNT_DEACTIVATED");
      browser.clickAndWait("#filter\\:go");
      assertThat(browser.path()).contains("action=ACCOUNT_DEACTIVATED");
      assertThat(browser.text("#entries")).contains("Claire " + word).contains(reason);
      assertThat(browser.text("#entries")).doesNotContain("Compte activé");
      browser.assertAccessible().screenshot("admin-audit-" + width);
      // the same acts as a file, with the login of the pages
      String csv =
          (String)
              browser.script(
                  "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                      + " return x.status + '\\n' + x.responseText;",
                  browser.find("#csv").getAttribute("href"));
      assertThat(csv).startsWith("200").contains("Claire " + word).contains(reason);
      assertThat(csv).contains("Compte désactivé").doesNotContain("Compte activé");

      // a name opens every act on that person
      browser.clickAndWait(browser.driver().findElement(By.linkText("Claire " + word)));
      assertThat(browser.path()).contains("subject=" + teacher.id());
      assertThat(browser.text("#results-title")).isEqualTo("1 acte");
      assertThat(browser.text("#entries")).contains("Compte désactivé").contains(reason);

      // a period that ends before it starts is refused in words, and nothing is listed
      browser
          .setValue("#filter\\:from", "2030-02-01")
          .setValue("#filter\\:to", "2030-01-01")
          .clickAndWait("#filter\\:go");
      assertThat(browser.text(".messages")).contains("La fin de la période vient avant son début");
      browser.assertAccessible();

      browser.open("/manager/audit.xhtml?lang=en&subject=" + teacher.id());
      assertThat(browser.text("h1")).isEqualTo("Audit trail");
      assertThat(browser.text("#entries")).contains("Account deactivated").contains(reason);
      browser.assertAccessible().screenshot("admin-audit-en-" + width);
      browser.open("/manager/audit.xhtml?lang=fr");
      browser.logOut();

      // a manager reads their manufacture's trail: their own acts, not the admin's elsewhere
      String manufacture = fixtures.manufacture();
      Person manager = fixtures.manager(manufacture);
      Person artisan = fixtures.pendingArtisan(manufacture);
      assertThat(api.as(manager).post("/api/accounts/" + artisan.id() + "/activate", null).status())
          .isEqualTo(200);
      browser.logIn(manager.email(), manager.password());
      browser.navigate("La manufacture", "Journal d’audit").assertAccessible();
      assertThat(browser.text("#entries"))
          .contains("Compte activé")
          .contains("Person " + artisan.email())
          .doesNotContain("Claire " + word);
      browser.screenshot("manager-audit-" + width);
      browser.logOut();
    }
  }
}
