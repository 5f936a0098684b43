package fr.passeurs.visit;

import static fr.passeurs.testing.Fixtures.PARIS;
import static fr.passeurs.testing.Fixtures.array;
import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The class visit pages in headless Chromium: a teacher finds an offer, registers their school by
 * its UAI, books with the group checked as they type; the host artisan, refused the first wished
 * time by a session in the way, confirms the other one; the teacher sees the visit confirmed; the
 * manager sees it among the manufacture's visits; an artisan publishes an offer through the form.
 * Every page passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitUiIT {

  private static final String UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

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

  /** An offer body: a demonstration for cycle 3 and collège, 5 to 28 pupils, 90 minutes. */
  static JsonObjectBuilder offerBody(String knowHowId, String roomId, String title) {
    LocalDate today = LocalDate.now(PARIS);
    return Json.createObjectBuilder()
        .add("knowHowId", knowHowId)
        .add("roomId", roomId)
        .add("title", title)
        .add("description", "Les élèves regardent forger une lame, de la barre au tranchant.")
        .add("format", "DEMONSTRATION")
        .add("levels", array("PRIMARY_CYCLE_3", "COLLEGE"))
        .add("durationMinutes", 90)
        .add("minPupils", 5)
        .add("maxPupils", 28)
        .add("accessibility", array("MOTOR"))
        .add("minimumAge", 8)
        .add("safetyRules", "Rester derrière la ligne jaune pendant la forge.")
        .add("protectiveEquipment", "Lunettes de protection fournies.")
        .add(
            "periods",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("from", today.toString())
                        .add("to", today.plusYears(1).toString())))
        .add("weekdays", array("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
  }

  /** A UAI nobody else uses, with its right check letter, and the same with a wrong one. */
  static String[] uaiAndWrongOne() {
    int number = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    String digits = String.format("%07d", number);
    return new String[] {
      digits + UAI_LETTERS.charAt(number % 23), digits + UAI_LETTERS.charAt((number + 1) % 23)
    };
  }

  /** Clicks a button that asks "are you sure?", says yes, and waits for the next page. */
  private void clickAcceptAndWait(String css) {
    org.openqa.selenium.WebElement html =
        browser.driver().findElement(org.openqa.selenium.By.tagName("html"));
    browser.click(css);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.alertIsPresent())
        .accept();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(html));
  }

  @Test
  void teacherBooksTheArtisanConfirmsTheTeacherSeesItConfirmed() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 30);
    Person artisan = fixtures.artisan(manufacture);
    String title = "Forge " + Fixtures.uniqueWord();
    Api.Response published =
        api.as(artisan)
            .post("/api/visit-offers", offerBody(fixtures.knowHowOf(artisan), room, title).build());
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    String offer = published.json().getString("id");
    LocalDate tuesday = monday(2).plusDays(1);
    LocalDate thursday = monday(2).plusDays(3);

    // Anyone finds the offer near its manufacture; a visitor is asked to log in to book.
    browser.logOut();
    browser.open("/visits/offers.xhtml");
    browser.assertAccessible();
    new Select(browser.find("#filters\\:level")).selectByValue("COLLEGE");
    new Select(browser.find("#filters\\:town")).selectByValue(manufacture);
    browser.clickAndWait("#filters\\:go");
    assertThat(browser.text("#offers")).contains(title).contains("Démonstration");
    assertThat(browser.text("#count")).contains("à moins de 50 km");
    browser.assertAccessible().screenshot("visit-offers");
    browser.open("/visits/offer.xhtml?id=" + offer);
    assertThat(browser.text("#login-to-book")).contains("Connectez-vous comme enseignant·e");

    // A teacher registers their school: a wrong check letter is refused, the right one taken.
    Person teacher = fixtures.teacher();
    String[] uai = uaiAndWrongOne();
    browser.logIn(teacher.email(), teacher.password());
    browser.open("/visits/offer.xhtml?id=" + offer);
    assertThat(browser.text("h1")).isEqualTo(title);
    assertThat(browser.text("#facts")).contains("Handicap moteur").contains("1 h 30");
    browser.assertAccessible();
    browser.type("#school\\:uai", uai[1]);
    browser.type("#school\\:name", "École Jean-Zay");
    browser.type("#school\\:city", "Aubusson");
    browser.clickAndWait("#school\\:register");
    assertThat(browser.text("#school"))
        .contains("la lettre de contrôle de " + uai[0].substring(0, 7));
    browser.assertAccessible().screenshot("visit-school-refused");
    browser.type("#school\\:uai", uai[0]);
    browser.type("#school\\:name", "École Jean-Zay");
    browser.type("#school\\:city", "Aubusson");
    browser.clickAndWait("#school\\:register");
    assertThat(browser.text(".messages")).contains("est enregistrée");
    assertThat(new Select(browser.find("#book\\:school")).getFirstSelectedOption().getText())
        .contains(uai[0]);

    // The group is checked as the teacher types.
    new Select(browser.find("#book\\:level")).selectByValue("COLLEGE");
    browser.type("#book\\:pupils", "25");
    browser.waitForText("#book\\:check", "3 accompagnateurs nécessaires pour 25 élèves");
    browser.type("#book\\:adults", "1");
    browser.waitForText("#book\\:check", "Pas assez d’accompagnateurs : il en faut 3");
    browser.assertAccessible().screenshot("visit-booking-form");
    browser.type("#book\\:adults", "3");
    browser.waitForText("#book\\:check", "Votre groupe convient");
    browser.click("#book\\:needs\\:0");
    browser.setValue("#book\\:day1", tuesday.toString());
    new Select(browser.find("#book\\:time1")).selectByVisibleText("10:00");
    browser.setValue("#book\\:day2", thursday.toString());
    new Select(browser.find("#book\\:time2")).selectByVisibleText("14:00");
    browser.type("#book\\:comment", "Une classe de 4e curieuse.");
    browser.clickAndWait("#book\\:submit");
    assertThat(browser.path()).as(browser.text("main")).startsWith("/visits/booking.xhtml");
    assertThat(browser.text(".messages")).contains("Votre demande est envoyée");
    assertThat(browser.text("#status")).contains("Demandée");
    assertThat(browser.text("#facts"))
        .contains("École Jean-Zay")
        .contains("25 élèves et 3 accompagnateurs")
        .contains("Handicap moteur");
    assertThat(browser.text("#actions")).doesNotContain("Confirmer");
    browser.assertAccessible().screenshot("visit-requested");

    // Meanwhile a colleague's session takes the room on Tuesday morning.
    Person colleague = fixtures.artisan(manufacture);
    String session =
        fixtures
            .session(
                colleague,
                fixtures
                    .training(colleague, trainingBody(fixtures.knowHowOf(colleague)))
                    .getString("id"),
                sessionBody(
                    room,
                    4,
                    paris(tuesday.minusDays(3), "18:00"),
                    paris(tuesday, "09:00"),
                    paris(tuesday, "12:30")))
            .getString("title");

    // The host's quick confirmation of the first wished time is refused, saying what is in the
    // way; on the booking page they choose the other time.
    browser.logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/visit-requests.xhtml");
    assertThat(browser.text("#pending")).contains(title).contains("École Jean-Zay");
    browser.assertAccessible().screenshot("visit-requests");
    browser.clickAndWait("#pending button[id$='quickConfirm']");
    assertThat(browser.text(".messages")).contains("est déjà réservé").contains(session);
    browser.assertAccessible();
    browser.clickAndWait("#pending a.button-link");
    browser.click("#confirm\\:choice\\:0");
    browser.clickAndWait("#confirm\\:confirmButton");
    assertThat(browser.text(".messages")).contains("est déjà réservé");
    assertThat(browser.text("#status")).contains("Demandée");
    browser.assertAccessible().screenshot("visit-confirm-conflict");
    browser.clickAndWait("#conflict-link a");
    assertThat(browser.text("#conflict")).contains("Ce créneau est déjà pris").contains(session);
    browser.driver().navigate().back();
    browser.click("#confirm\\:choice\\:1");
    browser.clickAndWait("#confirm\\:confirmButton");
    assertThat(browser.text(".messages")).contains("La visite est confirmée");
    assertThat(browser.text("#status")).contains("Confirmée");
    assertThat(browser.text("#confirmed-time")).contains("14:00").contains("15:30");
    assertThat(browser.text("#history")).contains("Confirmation");
    browser.assertAccessible().screenshot("visit-confirmed-artisan");
    browser.open("/artisan/visit-requests.xhtml");
    assertThat(browser.text("#pending")).contains("Aucune demande en attente");
    assertThat(browser.text("#others")).contains(title).contains("Confirmée");
    browser.assertAccessible();

    // The teacher sees the visit confirmed.
    browser.logIn(teacher.email(), teacher.password());
    browser.navigateTo("/me/visits.xhtml");
    assertThat(browser.text("#visits")).contains(title).contains("Confirmée");
    assertThat(browser.text("#schools")).contains(uai[0]);
    browser.assertAccessible().screenshot("my-visits");
    browser.clickAndWait("#visits a");
    assertThat(browser.text("#status")).contains("Confirmée");
    assertThat(browser.text("#confirmed-time")).contains("14:00");
    assertThat(browser.text("#history")).contains("Demandée → Confirmée");
    assertThat(browser.find("#cancel\\:cancelButton").isDisplayed()).isTrue();
    browser.assertAccessible().screenshot("visit-confirmed-teacher");

    // The manager sees it among the manufacture's visits.
    browser.logIn(manager.email(), manager.password());
    browser.navigateTo("/manager/visits.xhtml");
    new Select(browser.find("#filter\\:status")).selectByValue("CONFIRMED");
    browser.clickAndWait("#filter\\:show");
    assertThat(browser.text("#visits")).contains(title).contains("École Jean-Zay");
    browser.assertAccessible().screenshot("manufacture-visits");
  }

  @Test
  void artisanPublishesAnOfferThroughTheForm() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 20);
    Person artisan = fixtures.artisan(manufacture);
    String knowHow = fixtures.knowHowOf(artisan);
    String title = "Atelier " + Fixtures.uniqueWord();
    LocalDate start = monday(1);

    browser.logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/visit-offer-edit.xhtml");
    browser.assertAccessible();
    new Select(browser.find("#offer\\:knowHowId")).selectByIndex(1);
    new Select(browser.find("#offer\\:roomId")).selectByValue(room);
    browser.type("#offer\\:title", title);
    new Select(browser.find("#offer\\:format")).selectByValue("HANDS_ON_WORKSHOP");
    browser.type("#offer\\:maxPupils", "25");
    browser.click("#offer\\:levels\\:3");
    browser.setValue("#offer\\:from1", start.toString());
    browser.setValue("#offer\\:to1", start.plusMonths(6).toString());
    // The room holds 20: 25 pupils and an adult do not fit.
    browser.clickAndWait("#offer\\:publish");
    assertThat(browser.text("#offer")).contains("reçoit 20 personnes");
    browser.assertAccessible().screenshot("visit-offer-refused");
    browser.type("#offer\\:maxPupils", "19");
    browser.clickAndWait("#offer\\:publish");
    assertThat(browser.text(".messages")).contains("est publiée");
    assertThat(browser.text("#offers"))
        .contains(title)
        .contains("Atelier pratique")
        .contains("Ouverte");
    browser.assertAccessible().screenshot("visit-offer-edit");

    clickAcceptAndWait("#offers button");
    assertThat(browser.text(".messages")).contains("est retirée");
    assertThat(browser.text("#offers")).contains("Retirée");

    // A manager publishes for the artisan: choosing the host lists the know-how they hold.
    String managed = "Visite " + Fixtures.uniqueWord();
    browser.logIn(manager.email(), manager.password());
    browser.navigateTo("/artisan/visit-offer-edit.xhtml");
    assertThat(browser.text("h1")).isEqualTo("Offres de visite de la manufacture");
    new Select(browser.find("#offer\\:artisanId")).selectByValue(artisan.id());
    browser.find("#offer\\:knowHowId option[value='" + knowHow + "']");
    new Select(browser.find("#offer\\:knowHowId")).selectByValue(knowHow);
    new Select(browser.find("#offer\\:roomId")).selectByValue(room);
    browser.type("#offer\\:title", managed);
    browser.type("#offer\\:maxPupils", "12");
    browser.click("#offer\\:levels\\:1");
    browser.setValue("#offer\\:from1", start.toString());
    browser.setValue("#offer\\:to1", start.plusMonths(6).toString());
    browser.clickAndWait("#offer\\:publish");
    assertThat(browser.text(".messages")).contains("est publiée");
    assertThat(browser.text("#offers")).contains(managed).contains("Person " + artisan.email());
    browser.assertAccessible().screenshot("visit-offers-managed");
  }
}
