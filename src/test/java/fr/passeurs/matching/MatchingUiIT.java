package fr.passeurs.matching;

import static fr.passeurs.testing.Fixtures.array;
import static fr.passeurs.testing.Fixtures.knowHowBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Apprenticeship matching in headless Chromium: a master publishes an offer, an apprentice
 * describes themselves and ranks it among the recommended offers, the master orders the applicants
 * and refuses one, the manager runs a round and follows it to its figures, the apprentice sees the
 * place proposed and accepts it, and the master marks the first milestone reached. Every page
 * passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingUiIT {

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
  void anApprenticeIsMatchedWithAMasterThroughThePages() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person master = fixtures.artisan(manufacture);
    String knowHow =
        fixtures
            .knowHow(
                master,
                knowHowBody("Tapisserie " + Fixtures.uniqueWord(), "TEXTILE")
                    .add("craftCode", "lissier"))
            .getString("id");
    String title = "Apprentissage " + Fixtures.uniqueWord();
    LocalDate start = LocalDate.now().plusMonths(3);

    // The master publishes an offer with a plan of two steps.
    browser.logIn(master.email(), master.password());
    browser.navigateTo("/artisan/apprenticeship-offers.xhtml");
    assertThat(browser.text("#offers")).contains("Vous n’avez publié aucune offre");
    browser.assertAccessible();
    new Select(browser.find("#offer\\:knowHow")).selectByValue(knowHow);
    browser.type("#offer\\:title", title);
    browser.type("#offer\\:description", "Deux ans à l'atelier, au métier de basse lisse.");
    browser.setValue("#offer\\:startDate", start.toString());
    browser.type("#offer\\:stepList\\:0\\:step", "Monter la chaîne");
    browser.click("#offer\\:addStep");
    browser.type("#offer\\:stepList\\:1\\:step", "Tisser un échantillon");
    browser.screenshot("matching-offer-editor");
    // The offer's own rule on age refuses 12, as the API does, and names the field.
    browser.type("#offer\\:age", "12");
    browser.clickAndWait("#offer\\:save");
    assertThat(browser.text(".messages")).contains("Âge minimum").contains("de 14 à 99 ans");
    browser.assertAccessible();
    browser.type("#offer\\:age", "");
    browser.clickAndWait("#offer\\:save");
    assertThat(browser.text(".messages")).contains("L’offre « " + title + " » est publiée.");
    assertThat(browser.text("#offers")).contains(title).contains("1 place libre");
    browser.assertAccessible().screenshot("matching-master-offers");
    String offer = offerOf(master);

    // Another apprentice applies through the API, wishing this very know-how: the best fit.
    Person other = fixtures.apprentice(LocalDate.now().minusYears(22));
    assertThat(
            api.as(other)
                .put(
                    "/api/me/apprentice-profile",
                    MatchingIT.profileBody("lissier").add("knowHowIds", array(knowHow)).build())
                .status())
        .isEqualTo(200);
    assertThat(
            api.as(other)
                .put(
                    "/api/me/applications",
                    Json.createObjectBuilder().add("offerIds", array(offer)).build())
                .status())
        .isEqualTo(200);

    // The apprentice describes themselves, then ranks the offer recommended to them.
    Person apprentice = fixtures.apprentice(LocalDate.now().minusYears(20));
    String apprenticeName = "Person " + apprentice.email();
    browser.logIn(apprentice.email(), apprentice.password());
    browser.navigateTo("/me/apprenticeship-offers.xhtml");
    assertThat(browser.text("#profile-needed")).contains("Décrivez-vous d’abord");
    browser.assertAccessible();
    browser.clickAndWait("#profile-needed a");
    browser.assertAccessible();
    browser.click("#profile input[value='lissier']");
    new Select(browser.find("#profile\\:nearTown")).selectByValue("45.95,2.17");
    browser.type("#profile\\:travelKm", "80");
    browser.setValue("#profile\\:availableFrom", LocalDate.now().plusMonths(1).toString());
    new Select(browser.find("#profile\\:level")).selectByValue("BEGINNER");
    browser.type("#profile\\:motivation", "Faire vivre la tapisserie d'Aubusson.");
    browser.screenshot("matching-profile");
    browser.clickAndWait("#profile\\:save");
    assertThat(browser.path()).as(browser.text("main")).startsWith("/me/apprenticeship-offers");
    assertThat(browser.text(".messages")).contains("Votre profil est enregistré.");
    WebElement card = recommendation(title);
    assertThat(card.getText())
        .contains("Savoir-faire rare")
        .contains("Un métier que vous voulez apprendre")
        .contains("À 0 km de chez vous (Aubusson)")
        .contains("peu le détiennent");
    assertThat(browser.text("#wishes\\:list")).contains("Votre liste est vide");
    browser.assertAccessible();
    card.findElement(org.openqa.selenium.By.cssSelector("button.add")).click();
    browser.waitForText("#wishes\\:list", title);
    browser.waitForText("#wishes\\:announcement", "est ajoutée à votre liste, en position 1");
    assertThat(browser.text("#wishes\\:state")).contains("modifications non enregistrées");
    assertThat(recommendation(title).getText()).contains("Dans ma liste");
    browser.assertAccessible().screenshot("matching-recommendations");
    browser.clickAndWait("#wishes\\:save");
    assertThat(browser.text(".messages")).contains("Votre liste de vœux est enregistrée.");
    assertThat(browser.text("#wishes\\:list")).contains(title);

    // The master finds the other applicant first (a better fit), moves the apprentice up and
    // refuses the other.
    browser.logIn(master.email(), master.password());
    browser.open("/artisan/apprenticeship-offers.xhtml");
    browser.clickAndWait("#offers a.applicants-link");
    assertThat(browser.text("#offer-title")).isEqualTo(title);
    assertThat(names()).containsExactly("Person " + other.email(), apprenticeName);
    browser.assertAccessible().screenshot("matching-applicants");
    // Refused first, then moved about by the buttons and by the mouse: each mark stays with its
    // applicant.
    browser.click("#unacceptable-" + other.id());
    browser.click("#ranking\\:applicants\\:1\\:up");
    browser.waitForText(
        "#ranking\\:announcement", apprenticeName + " est maintenant en position 1.");
    assertThat(names()).containsExactly(apprenticeName, "Person " + other.email());
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
        .as("the focus follows the row moved")
        .isEqualTo("ranking:applicants:0:down");
    assertThat(browser.find("#unacceptable-" + other.id()).isSelected()).isTrue();
    browser.click("#ranking\\:applicants\\:0\\:down");
    browser.waitForText(
        "#ranking\\:announcement", apprenticeName + " est maintenant en position 2.");
    drag(
        "#ranking\\:applicants tbody tr:nth-child(2)",
        "#ranking\\:applicants tbody tr:nth-child(1)");
    browser.waitForText(
        "#ranking\\:announcement", apprenticeName + " est maintenant en position 1.");
    assertThat(names()).containsExactly(apprenticeName, "Person " + other.email());
    assertThat(browser.find("#unacceptable-" + other.id()).isSelected()).isTrue();
    browser.clickAndWait("#ranking\\:save");
    assertThat(browser.text(".messages")).contains("Votre classement est enregistré.");
    assertThat(names()).containsExactly(apprenticeName, "Person " + other.email());
    assertThat(browser.find("#unacceptable-" + other.id()).isSelected()).isTrue();
    assertThat(browser.find("#unacceptable-" + apprentice.id()).isSelected()).isFalse();
    browser.assertAccessible().screenshot("matching-applicants-ranked");
    // On a phone the ranking's rows stack, nothing to scroll sideways, the buttons still there.
    browser.width(375);
    browser.open(browser.path());
    assertThat(names()).containsExactly(apprenticeName, "Person " + other.email());
    browser.assertAccessible().screenshot("matching-applicants-phone");
    browser.width(1280);

    // The manager runs a round and follows it to its figures.
    browser.logIn(manager.email(), manager.password());
    browser.navigateTo("/manager/matching.xhtml");
    assertThat(browser.text("#rounds")).contains("Aucun tour");
    browser.assertAccessible();
    browser.clickAndWait("#start\\:run");
    assertThat(browser.path()).startsWith("/manager/matching.xhtml?round=");
    browser.find("#follow\\:bar");
    browser.waitForText("#follow\\:phase", "Terminé");
    browser.waitForText("#follow\\:figures", "2 candidat·es, 1 place : 1 attribuée, 1 sans place.");
    assertThat(browser.text("#follow\\:phase")).isEqualTo("Terminé — 100 %");
    assertThat(browser.text("#rounds")).contains("Terminé").contains("1 sur 1");
    browser.assertAccessible().screenshot("matching-round");

    // The master sees the place proposed to the apprentice.
    browser.logIn(master.email(), master.password());
    browser.open("/artisan/apprenticeship-offers.xhtml");
    assertThat(browser.text("#offers")).contains("1 place proposée").contains("aucune place libre");
    browser.assertAccessible();
    browser.clickAndWait("#offers a.applicants-link");
    assertThat(browser.text("#ranking\\:applicants tbody tr:first-child"))
        .contains(apprenticeName)
        .contains("Place proposée");
    browser.assertAccessible();

    // The refused applicant reads why; the apprentice accepts their place.
    browser.logIn(other.email(), other.password());
    browser.navigateTo("/me/apprenticeship.xhtml");
    assertThat(browser.text("#outcome"))
        .contains("Ce tour ne vous a pas trouvé de place.")
        .contains("« " + title + " » (votre choix n° 1) : le maître ne vous a pas accepté·e.");
    browser.assertAccessible();

    browser.logIn(apprentice.email(), apprentice.password());
    browser.navigateTo("/me/apprenticeship.xhtml");
    assertThat(browser.text("#outcome"))
        .contains("Le tour vous a proposé une place : « " + title + " », auprès de Person")
        .contains("C’était votre choix n° 1.");
    assertThat(browser.text("#places")).contains(title).contains("Répondez avant le");
    browser.assertAccessible().screenshot("matching-proposed");
    browser.clickAndWait("#places button[id$='accept']");
    assertThat(browser.text(".messages")).contains("Vous avez accepté la place");
    assertThat(browser.text("#places")).contains("Place acceptée");
    assertThat(browser.text(".apprenticeship-card"))
        .contains(title)
        .contains("Aucune étape atteinte sur 2 (0 %)");
    browser.assertAccessible();

    // The master marks the first step reached; the apprentice sees it.
    browser.logIn(master.email(), master.password());
    browser.open("/artisan/apprenticeship-offers.xhtml");
    assertThat(browser.text("#offers")).contains("1 acceptée");
    assertThat(browser.text(".apprenticeship-card")).contains(apprenticeName);
    browser.clickAndWait(".apprenticeship-card button.reach");
    assertThat(browser.text(".apprenticeship-card"))
        .contains("1 étape atteinte sur 2 (50 %)")
        .contains("atteinte le");
    browser.assertAccessible().screenshot("matching-master-apprentices");

    browser.logIn(apprentice.email(), apprentice.password());
    browser.open("/me/apprenticeship.xhtml");
    assertThat(browser.text(".apprenticeship-card")).contains("1 étape atteinte sur 2 (50 %)");
    browser.assertAccessible().screenshot("matching-apprenticeship");
  }

  /** Drags a table row with the mouse and drops it at the top of another. */
  private void drag(String row, String target) {
    WebElement from = browser.find(row);
    WebElement to = browser.find(target);
    new Actions(browser.driver())
        .clickAndHold(from)
        .moveByOffset(0, -5)
        .moveToElement(to, 0, -to.getSize().getHeight() / 2 + 2)
        .moveByOffset(0, -2)
        .release()
        .perform();
  }

  /** The id of the master's only offer. */
  private String offerOf(Person master) {
    JsonObject page = api.get("/api/apprenticeship-offers?master=" + master.id()).json();
    assertThat(page.getJsonArray("items")).hasSize(1);
    return page.getJsonArray("items").getJsonObject(0).getString("id");
  }

  /** The recommendation card of that offer. */
  private WebElement recommendation(String title) {
    browser.waitForText("#recommended", title);
    return browser.all(".recommendation").stream()
        .filter(c -> c.getText().contains(title))
        .findFirst()
        .orElseThrow();
  }

  /** The applicants' names in the order shown. */
  private List<String> names() {
    return browser.all("#ranking\\:applicants .applicant-name").stream()
        .map(WebElement::getText)
        .toList();
  }
}
