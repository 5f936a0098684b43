package fr.passeurs.home;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.BrowserTest;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Pages that lead somewhere, for a visitor, at 1280 px and on a phone: a know-how's page lists its
 * trainings with their coming sessions and its class visit offers, and leads to its manufacture;
 * the list of manufactures filters by region; a manufacture's page shows its know-how, rooms and
 * machines, trainings and offers.
 */
class LeadsUiIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aKnowHowLeadsToItsTrainingsVisitsAndManufactureWhichLeadsBackToIt() {
    String manufacture = fixtures.manufacture("CORSE", 42.15, 9.1);
    String name = api.get("/api/manufactures/" + manufacture).json().getString("name");
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 30);
    String roomName =
        api.get("/api/manufactures/" + manufacture + "/rooms")
            .jsonArray()
            .getJsonObject(0)
            .getString("name");
    Person artisan = fixtures.artisan(manufacture);
    String knowHow = fixtures.knowHowOf(artisan);
    String knowHowTitle = api.get("/api/know-how/" + knowHow).json().getString("title");
    JsonObject training = fixtures.training(artisan, Fixtures.trainingBody(knowHow));
    LocalDate day = Fixtures.monday(3);
    fixtures.session(
        artisan,
        training.getString("id"),
        Fixtures.sessionBody(
            room,
            6,
            Fixtures.paris(day.minusDays(3), "18:00"),
            Fixtures.paris(day, "09:00"),
            Fixtures.paris(day, "12:00")));
    String visitTitle =
        fixtures.visitOffer(artisan, Fixtures.visitOfferBody(knowHow, room)).getString("title");

    for (int width : new int[] {1280, 375}) {
      browser.width(width).open("/catalogue/know-how.xhtml?id=" + knowHow);
      assertThat(browser.text("#trainingLines"))
          .contains(training.getString("title"))
          .contains("6 places libres");
      assertThat(browser.text("#visitOffers")).contains(visitTitle);
      assertThat(browser.text("main")).contains("Aucune offre d’apprentissage ouverte.");
      browser.assertAccessible().screenshot("know-how-leads-" + width);

      browser.clickAndWait("#manufactureLink");
      assertThat(browser.path()).startsWith("/manufacture.xhtml?id=" + manufacture);
      assertThat(browser.text("h1")).isEqualTo(name);
      assertThat(browser.text("#knowHowList")).contains(knowHowTitle);
      assertThat(browser.text("#rooms")).contains(roomName + " (30 places)");
      assertThat(browser.text("#hours")).contains("Lundi : 09:00–18:00");
      assertThat(browser.text("#visitOffers")).contains(visitTitle);
      browser.assertAccessible().screenshot("manufacture-public-" + width);

      browser.clickAndWait(browser.driver().findElement(By.linkText(knowHowTitle)));
      assertThat(browser.path()).startsWith("/catalogue/know-how.xhtml?id=" + knowHow);

      browser.navigate("Découvrir", "Les manufactures").assertAccessible();
      new Select(browser.find("#filter\\:region")).selectByValue("CORSE");
      browser.clickAndWait("#filter\\:go");
      assertThat(browser.path()).contains("region=CORSE");
      assertThat(browser.text("#manufactureCards")).contains(name);
      for (WebElement card : browser.all("#manufactureCards .meta")) {
        assertThat(card.getText()).endsWith("Corse");
      }
      browser.assertAccessible().screenshot("manufactures-" + width);
    }
  }
}
