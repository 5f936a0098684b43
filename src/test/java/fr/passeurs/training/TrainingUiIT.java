package fr.passeurs.training;

import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
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
 * The workshop and training pages in headless Chromium: a manager describes the workshop, an
 * artisan schedules a session and meets a conflict, apprentices enrol and wait, the artisan sees
 * who comes. Every page passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingUiIT {

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
  void managerDescribesRoomsAndMachines() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    browser.logIn(manager.email(), manager.password());
    browser.navigateTo("/manager/workshop.xhtml");
    browser.assertAccessible();

    browser.type("#roomForm\\:roomName", "Salle des métiers").type("#roomForm\\:roomCapacity", "0");
    browser.clickAndWait("#roomForm\\:addRoom");
    assertThat(browser.text("#roomForm")).contains("au moins 1");
    browser.type("#roomForm\\:roomCapacity", "12").clickAndWait("#roomForm\\:addRoom");
    assertThat(browser.text(".messages")).contains("La salle Salle des métiers est ajoutée.");
    assertThat(browser.text("#roomCalendars\\:rooms")).contains("Salle des métiers").contains("12");

    browser.type("#machineForm\\:machineName", "Métier de basse lisse");
    browser.type("#machineForm\\:machineKind", "métier à tisser");
    new Select(browser.find("#machineForm\\:machineRoom")).selectByVisibleText("Salle des métiers");
    browser.clickAndWait("#machineForm\\:addMachine");
    assertThat(browser.text("#machines"))
        .contains("Métier de basse lisse")
        .contains("Salle des métiers");
    browser.assertAccessible().screenshot("workshop");
  }

  @Test
  void artisanSchedulesApprenticesEnrolAndTheArtisanSeesWhoComes() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 10);
    Person artisan = fixtures.artisan(manufacture);
    String title = "Tissage " + Fixtures.uniqueWord();
    String training =
        fixtures
            .training(artisan, trainingBody(fixtures.knowHowOf(artisan)).add("title", title))
            .getString("id");
    LocalDate day = monday(2);

    // The artisan plans one morning with one seat.
    browser.logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/trainings.xhtml");
    assertThat(browser.text("#trainings")).contains(title);
    browser.assertAccessible();

    browser.clickAndWait("#trainings a.button-link");
    browser.assertAccessible();
    new Select(browser.find("#session\\:room")).selectByValue(room);
    browser.type("#session\\:seats", "1");
    browser.setValue("#session\\:day", day.toString());
    browser.setValue("#session\\:deadline", day.minusDays(3).toString());
    browser.screenshot("session-editor");
    browser.clickAndWait("#session\\:schedule");
    assertThat(browser.path()).as(browser.text("main")).startsWith("/artisan/planning.xhtml");
    assertThat(browser.text(".messages")).contains("est planifiée");
    browser.find(".fc-event.booking-room");
    assertThat(browser.text("#bookings")).contains(title);
    browser.assertAccessible().screenshot("planning");

    // A colleague wants the same room that morning: refused, and shown on the planning.
    Person colleague = fixtures.artisan(manufacture);
    String other =
        fixtures.training(colleague, trainingBody(fixtures.knowHowOf(colleague))).getString("id");
    browser.logIn(colleague.email(), colleague.password());
    browser.open("/artisan/session-edit.xhtml?training=" + other);
    new Select(browser.find("#session\\:room")).selectByValue(room);
    browser.type("#session\\:seats", "4");
    browser.setValue("#session\\:day", day.toString());
    browser.setValue("#session\\:deadline", day.minusDays(3).toString());
    browser.clickAndWait("#session\\:schedule");
    assertThat(browser.text(".messages"))
        .contains("est déjà réservé")
        .contains("du " + fr.passeurs.platform.Messages.day(day, java.util.Locale.FRENCH));
    browser.clickAndWait("#conflict-link a");
    assertThat(browser.text("#conflict")).contains("Ce créneau est déjà pris").contains(title);
    browser.find(".fc-event.booking-conflict");
    assertThat(browser.text("#bookings tr.row-conflict")).contains(title);
    browser.assertAccessible().screenshot("planning-conflict");

    // Two apprentices: the first gets the seat, the second waits.
    Person lea = fixtures.apprentice();
    Person sam = fixtures.apprentice();
    browser.logIn(lea.email(), lea.password());
    browser.navigateTo("/training/sessions.xhtml");
    browser.assertAccessible();
    browser.open(
        "/training/sessions.xhtml?manufacture=" + manufacture + "&from=" + day.minusDays(1));
    assertThat(browser.text("#count")).isEqualTo("1 session");
    browser.clickAndWait(".session-card h3 a");
    assertThat(browser.text("h1")).isEqualTo(title);
    browser.assertAccessible();
    browser.clickAndWait("#enrolForm\\:enrol");
    assertThat(browser.text("#my-place")).contains("Votre place est confirmée");
    browser.screenshot("session-confirmed");

    browser.logIn(sam.email(), sam.password());
    browser.open(
        "/training/sessions.xhtml?manufacture=" + manufacture + "&from=" + day.minusDays(1));
    browser.clickAndWait(".session-card h3 a");
    assertThat(browser.find("#enrolForm\\:enrol").getText()).contains("liste d’attente");
    browser.clickAndWait("#enrolForm\\:enrol");
    assertThat(browser.text("#my-place")).contains("position 1");
    browser.clickAndWait("#my-place a");
    assertThat(browser.text("#enrolments")).contains(title).contains("Liste d’attente n° 1");
    browser.assertAccessible().screenshot("my-enrolments");
    // Sam was told, and reads it.
    assertThat(browser.text("#notificationsLink")).contains("1");
    browser.clickAndWait("#notificationsLink");
    assertThat(browser.text("#notifications")).contains("Liste d’attente : " + title);
    browser.assertAccessible().screenshot("notifications");
    browser.clickAndWait("#read\\:markAll");
    assertThat(browser.text("#notificationsLink")).doesNotContain("1");
    browser.open("/me/enrolments.xhtml");
    browser.clickAndWait("#calendar\\:issue");
    String feed = browser.find("#calendar\\:url").getAttribute("value");
    assertThat(feed).startsWith(url.toString().replaceAll("/$", "") + "/api/calendars/");
    Api.Response calendar = api.fetch(java.net.URI.create(feed).getPath(), "text/calendar");
    assertThat(calendar.status()).isEqualTo(200);
    // A place on the waiting list is not in the calendar.
    assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR").doesNotContain(title);
    browser.assertAccessible();

    // The artisan sees who comes.
    browser.logIn(artisan.email(), artisan.password());
    browser.open("/artisan/trainings.xhtml");
    String participants = browser.text(".participants");
    assertThat(participants).contains("Person " + lea.email()).contains("Confirmée");
    assertThat(participants).contains("Person " + sam.email()).contains("Liste d’attente n° 1");
    browser.assertAccessible().screenshot("my-trainings");
    browser.clickAndWait("#calendar\\:issue");
    String artisanFeed = browser.find("#calendar\\:url").getAttribute("value");
    assertThat(api.fetch(java.net.URI.create(artisanFeed).getPath(), "text/calendar").body())
        .contains("SUMMARY:" + title);

    // A second training, defined on the page, asks 70 % attendance for a certificate of
    // completion.
    String second = "Rentrayage " + Fixtures.uniqueWord();
    new Select(browser.find("#training\\:knowHow")).selectByIndex(1);
    browser.type("#training\\:title", second);
    browser.type("#training\\:attendance", "70");
    browser.clickAndWait("#training\\:define");
    assertThat(browser.text("#trainings")).contains(second);
    assertThat(
            api
                .get("/api/trainings?artisan=" + artisan.id() + "&size=100")
                .json()
                .getJsonArray("items")
                .stream()
                .map(t -> t.asJsonObject())
                .filter(t -> t.getString("title").equals(second))
                .findFirst()
                .orElseThrow()
                .getInt("minAttendancePercent"))
        .isEqualTo(70);
  }

  @Test
  void anArtisanEditsATrainingAfterItIsCreated() {
    for (int width : new int[] {1280, 375}) {
      String manufacture = fixtures.manufacture();
      Person artisan = fixtures.artisan(manufacture);
      JsonObject training =
          fixtures.training(artisan, Fixtures.trainingBody(fixtures.knowHowOf(artisan)));
      String id = training.getString("id");
      browser.width(width).logIn(artisan.email(), artisan.password());
      browser.navigateTo("/artisan/trainings.xhtml");
      browser.clickAndWait("#trainings a.edit-training").assertAccessible();
      assertThat(browser.text("#new-title")).isEqualTo("Modifier la formation");
      assertThat(browser.find("#training\\:title").getAttribute("value"))
          .isEqualTo(training.getString("title"));

      // someone else rewrites it meanwhile: the form's version is behind, nothing is lost
      JsonObject current = api.get("/api/trainings/" + id).json();
      Api.Response meanwhile =
          api.as(artisan)
              .put(
                  "/api/trainings/" + id,
                  Fixtures.trainingBody(current.getString("knowHowId"))
                      .add("title", "Réécrite ailleurs " + width)
                      .add("version", current.getJsonNumber("version").longValue())
                      .build());
      assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);
      browser
          .type("#training\\:title", "Tapisserie au point " + width)
          .clickAndWait("#training\\:define");
      assertThat(browser.text(".messages")).contains("a été modifiée depuis la version");
      assertThat(api.get("/api/trainings/" + id).json().getString("title"))
          .isEqualTo("Réécrite ailleurs " + width);

      browser.open("/artisan/trainings.xhtml?edit=" + id);
      browser
          .type("#training\\:title", "Tapisserie au point " + width)
          .clickAndWait("#training\\:define");
      assertThat(browser.text(".messages")).contains("est modifiée");
      assertThat(api.get("/api/trainings/" + id).json().getString("title"))
          .isEqualTo("Tapisserie au point " + width);
      assertThat(browser.text("#trainings")).contains("Tapisserie au point " + width);
      browser.assertAccessible().screenshot("training-edited-" + width);

      // another artisan cannot open it for editing
      Person other = fixtures.artisan(manufacture);
      browser.logIn(other.email(), other.password());
      browser.open("/artisan/trainings.xhtml?edit=" + id);
      assertThat(browser.driver().findElements(By.id("training:title"))).isEmpty();
    }
  }
}
