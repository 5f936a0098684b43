package fr.passeurs.machinepark;

import static fr.passeurs.testing.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The machine park in headless Chromium, from the login form: a manager opens a machine to bookings
 * and authorises an artisan, who saw "authorisation needed" before; the artisan books by choosing a
 * time in the machine's week (dragging over it on a laptop, tapping it on a phone), finds the
 * booking in "my machine bookings" and cancels it. Every page passes the accessibility check, in
 * French and in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MachineParkUiIT {

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

  @ParameterizedTest
  @ValueSource(ints = {1280, 375})
  void aManagerAuthorisesAnArtisanWhoBooksInTheWeekThenCancels(int width) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 6);
    String machineName = "Défonceuse " + Fixtures.uniqueWord();
    String machine =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/machines",
                Json.createObjectBuilder()
                    .add("name", machineName)
                    .add("kind", "cnc")
                    .add("roomId", room)
                    .add("requiresAuthorisation", true)
                    .build())
            .json()
            .getString("id");
    Person artisan = fixtures.artisan(manufacture);
    String artisanName = "Person " + artisan.email();

    // the artisan finds the machine in the park, not yet open to bookings
    browser.width(width).logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/machines.xhtml");
    assertThat(browser.text("#machine-" + machine)).contains(machineName).contains("Pas ouverte");
    browser.assertAccessible().assertFitsWidth().screenshot("park-closed-" + width);
    browser.logOut();

    // the manager opens it to bookings, with its rules, and authorises the artisan
    browser.logIn(manager.email(), manager.password());
    browser.navigateTo("/artisan/machines.xhtml");
    browser.clickAndWait("#machine-" + machine + " a[id$='manage']");
    assertThat(browser.path()).startsWith("/manager/machine.xhtml");
    browser.click("#rules\\:bookable");
    new Select(browser.find("#rules\\:step")).selectByValue("30");
    browser.type("#rules\\:min", "60").type("#rules\\:max", "180");
    browser.type("#rules\\:weekly", "6").type("#rules\\:horizon", "21");
    browser.type("#rules\\:cancel", "24").type("#rules\\:rate", "12,50");
    browser.assertAccessible().assertFitsWidth().screenshot("machine-rules-" + width);
    browser.clickAndWait("#rules\\:save");
    assertThat(browser.text(".messages")).contains("sont enregistrées");
    assertThat(
            api.get("/api/manufactures/" + manufacture + "/machines/" + machine + "/booking-rules")
                .json()
                .getInt("hourlyRateCents"))
        .isEqualTo(1250);
    new Select(browser.find("#grant\\:person")).selectByValue(artisan.id());
    browser.type("#grant\\:reason", "Formation à la défonceuse suivie le 3 mars.");
    browser.clickAndWait("#grant\\:grantButton");
    assertThat(browser.text(".messages")).contains("est habilité");
    assertThat(browser.text("#authorisations")).contains(artisanName).contains("Valable");
    // and stops it for a maintenance on Wednesday morning next week
    LocalDate maintenance = Fixtures.monday(1).plusDays(2);
    browser.setValue("#outage\\:fromDay", maintenance.toString());
    browser.setValue("#outage\\:toDay", maintenance.toString());
    browser.setValue("#outage\\:fromTime", "08:00").setValue("#outage\\:toTime", "12:00");
    browser.type("#outage\\:outageReason", "Changement de la broche");
    browser.clickAndWait("#outage\\:declare");
    assertThat(browser.text(".messages")).contains("est déclarée en maintenance");
    assertThat(browser.text("#outagesForm\\:outages")).contains("Changement de la broche");
    browser.assertAccessible().assertFitsWidth().screenshot("machine-admin-" + width);
    browser.open("/manager/machine.xhtml?machine=" + machine + "&lang=en");
    assertThat(browser.text("h2#rules-title")).isEqualTo("Booking rules");
    browser.assertAccessible().assertFitsWidth().screenshot("machine-admin-en-" + width);
    browser.open("/manager/machine.xhtml?machine=" + machine + "&lang=fr");
    browser.logOut();

    // the artisan may book it now, and books in next week's calendar
    browser.logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/machines.xhtml");
    assertThat(browser.text("#machine-" + machine)).contains("Vous pouvez la réserver");
    browser.clickAndWait("#machine-" + machine + " a[id$='book']");
    LocalDate monday = Fixtures.monday(1);
    browser.clickAndWait("#next");
    assertThat(browser.path()).contains("week=" + monday);
    LocalDate tuesday = monday.plusDays(1);
    browser.find(".fc-timegrid-col[data-date='" + tuesday + "']");
    if (width >= 1000) {
      drag(tuesday, "10:00:00", "11:30:00");
      waitForValue("#book\\:end", "12:00");
    } else {
      press(tuesday, "10:00:00");
      waitForValue("#book\\:end", "11:00");
    }
    assertThat(new Select(browser.find("#book\\:start")).getFirstSelectedOption().getText())
        .isEqualTo("10:00");
    assertThat(
            new Select(browser.find("#book\\:day")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo(tuesday.toString());
    browser.assertAccessible().assertFitsWidth().screenshot("machine-week-" + width);
    browser.clickAndWait("#book\\:submit");
    assertThat(browser.path()).as(browser.text("main")).startsWith("/me/machine-bookings.xhtml");
    assertThat(browser.text(".messages")).contains("est réservée pour vous");
    assertThat(browser.text("#bookingsForm\\:bookings")).contains(machineName).contains("Réservée");
    String end = width >= 1000 ? "12:00" : "11:00";
    JsonArray mine = api.as(artisan).get("/api/me/machine-bookings").jsonArray();
    assertThat(mine).hasSize(1);
    assertThat(mine.getJsonObject(0).getString("start"))
        .isEqualTo(paris(tuesday, "10:00").toString());
    assertThat(mine.getJsonObject(0).getString("end")).isEqualTo(paris(tuesday, end).toString());
    browser.assertAccessible().assertFitsWidth().screenshot("my-machine-bookings-" + width);

    // the week shows it as the artisan's own; the time is no longer free
    browser.open("/artisan/machine.xhtml?machine=" + machine + "&week=" + monday);
    browser.find(".fc-event.booking-mine");
    assertThat(browser.text(".fc-event.booking-mine")).contains("Votre réservation");
    assertThat(browser.text(".fc-event.booking-outage")).contains("Changement de la broche");
    assertThat(browser.text("#free-days")).contains("Mardi").contains("09:00 – 10:00");
    browser.open("/artisan/machine.xhtml?machine=" + machine + "&week=" + monday + "&lang=en");
    assertThat(browser.text("#free-title")).isEqualTo("Free times this week");
    browser.assertAccessible().assertFitsWidth().screenshot("machine-week-en-" + width);
    browser.open("/artisan/machine.xhtml?machine=" + machine + "&week=" + monday + "&lang=fr");

    // a free window of the list fills the form; a refusal keeps it and says why, in French
    browser.clickAndWait("#free-days a.window-link");
    new Select(browser.find("#book\\:end")).selectByValue("08:30");
    browser.clickAndWait("#book\\:submit");
    assertThat(browser.text(".messages")).contains("L’heure de fin doit suivre");
    new Select(browser.find("#book\\:end")).selectByValue("09:30");
    browser.clickAndWait("#book\\:submit");
    assertThat(browser.text(".messages")).contains("dure au moins 60 minutes");
    assertThat(browser.path()).startsWith("/artisan/machine.xhtml");

    // then cancels the booking; the calendar is free again
    browser.navigateTo("/me/machine-bookings.xhtml");
    browser.clickAndWait("#bookingsForm\\:bookings\\:0\\:cancel");
    assertThat(browser.text(".messages")).contains("est annulée");
    assertThat(
            api.as(artisan)
                .get("/api/me/machine-bookings")
                .jsonArray()
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("CANCELLED");
    browser.open("/me/machine-bookings.xhtml?lang=en");
    assertThat(browser.text("#authorisations")).contains(machineName).contains("Valid");
    browser.assertAccessible().assertFitsWidth().screenshot("my-machine-bookings-en-" + width);
    browser.open("/artisan/machines.xhtml?lang=en");
    assertThat(browser.text("#machine-" + machine)).contains("You may book it");
    browser.assertAccessible().assertFitsWidth().screenshot("park-en-" + width);
    browser.open("/artisan/machines.xhtml?lang=fr");
    browser.logOut();

    // the manager's usage statements: nothing used this month, in French and in English
    browser.logIn(manager.email(), manager.password());
    browser.navigateTo("/manager/machine-usage.xhtml");
    assertThat(browser.text("h1")).isEqualTo("Relevés d’utilisation des machines");
    assertThat(browser.text("#usage")).contains("Aucune utilisation");
    assertThat(browser.find("#csv").getAttribute("href"))
        .contains("/manager/machine-usage.csv?month=");
    browser.assertAccessible().assertFitsWidth().screenshot("machine-usage-" + width);
    browser.open("/manager/machine-usage.xhtml?lang=en");
    assertThat(browser.text("#pdf")).isEqualTo("Download as PDF");
    browser.assertAccessible().assertFitsWidth();
    browser.open("/manager/machine-usage.xhtml?lang=fr");
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 375})
  void anArtisanMarksATrainingAsQualifyingForAMachineOfTheManufacture(int width) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 6);
    String machine = fixtures.machine(manager, manufacture, room);
    Person artisan = fixtures.artisan(manufacture);
    String training =
        fixtures
            .training(artisan, Fixtures.trainingBody(fixtures.knowHowOf(artisan)))
            .getString("id");

    browser.width(width).logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/trainings.xhtml");
    browser.open("/artisan/trainings.xhtml?edit=" + training);
    WebElement box = browser.find("#training\\:qualifiesFor input[value='" + machine + "']");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", box);
    box.click();
    browser.assertAccessible().assertFitsWidth().screenshot("training-qualifies-" + width);
    browser.clickAndWait("#training\\:define");
    assertThat(browser.text(".messages")).contains("modifiée");
    assertThat(
            api.get("/api/trainings/" + training).json().getJsonArray("qualifiesFor").getString(0))
        .isEqualTo(machine);
    // the form, opened again, shows it ticked; in English it says what it does
    browser.open("/artisan/trainings.xhtml?edit=" + training + "&lang=en");
    assertThat(browser.find("#training\\:qualifiesFor input[value='" + machine + "']").isSelected())
        .isTrue();
    assertThat(browser.text("#training")).contains("This training authorises on");
    browser.open("/artisan/trainings.xhtml?lang=fr");
  }

  private WebElement slot(LocalDate day, String time) {
    WebElement slot = browser.find("td.fc-timegrid-slot-lane[data-time='" + time + "']");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", slot);
    return slot;
  }

  private int offsetToDay(LocalDate day, WebElement slot) {
    Rectangle c = browser.find(".fc-timegrid-col[data-date='" + day + "']").getRect();
    Rectangle s = slot.getRect();
    return c.getX() + c.getWidth() / 2 - (s.getX() + s.getWidth() / 2);
  }

  /** Drags over the week's grid on that day, from one time to the slot starting at another. */
  private void drag(LocalDate day, String from, String to) {
    WebElement first = slot(day, from);
    WebElement last = browser.find("td.fc-timegrid-slot-lane[data-time='" + to + "']");
    int dx = offsetToDay(day, first);
    new Actions(browser.driver())
        .moveToElement(first, dx, 0)
        .clickAndHold()
        .moveToElement(first, dx, 5)
        .moveToElement(last, dx, 0)
        .release()
        .perform();
  }

  /** Presses the week's grid at that day and time, as a finger taps a free time. */
  private void press(LocalDate day, String time) {
    WebElement slot = slot(day, time);
    new Actions(browser.driver()).moveToElement(slot, offsetToDay(day, slot), 0).click().perform();
  }

  private void waitForValue(String css, String value) {
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        // the form is replaced by the answer to the choice: its elements may go stale meanwhile
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                value.equals(
                    new Select(d.findElement(org.openqa.selenium.By.cssSelector(css)))
                        .getFirstSelectedOption()
                        .getText()));
  }
}
