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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  /**
   * The planning week: one block per half-day planned, naming its room, machine and artisan;
   * filtered per room or artisan; a click on a free time opens the session editor with that day,
   * time and room, and the session planned there appears on the week. On a laptop and a phone.
   */
  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {1280, 375})
  void anArtisanPlansASessionFromAFreeTimeOfTheWeek(int width) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 10);
    String machine = fixtures.machine(manager, manufacture, room);
    String roomName = nameOf(manager, "/api/manufactures/" + manufacture + "/rooms", room);
    String machineName = nameOf(manager, "/api/manufactures/" + manufacture + "/machines", machine);
    Person colleague = fixtures.artisan(manufacture);
    String busyTitle = "Tapisserie " + Fixtures.uniqueWord();
    String busy =
        fixtures
            .training(
                colleague, trainingBody(fixtures.knowHowOf(colleague)).add("title", busyTitle))
            .getString("id");
    LocalDate monday = monday(3);
    LocalDate tuesday = monday.plusDays(1);
    fixtures.session(
        colleague,
        busy,
        Fixtures.sessionBody(
                room,
                4,
                Fixtures.paris(monday.minusDays(3), "18:00"),
                Fixtures.paris(tuesday, "09:00"),
                Fixtures.paris(tuesday, "12:30"))
            .add("machineIds", jakarta.json.Json.createArrayBuilder().add(machine)));
    Person artisan = fixtures.artisan(manufacture);
    String title = "Vannerie " + Fixtures.uniqueWord();
    fixtures.training(artisan, trainingBody(fixtures.knowHowOf(artisan)).add("title", title));

    browser.width(width).logIn(artisan.email(), artisan.password());
    browser.navigateTo("/artisan/planning.xhtml");
    browser.open("/artisan/planning.xhtml?week=" + monday);
    // one block for the colleague's morning, with what it holds inside
    browser.find(".fc-event.booking-session");
    assertThat(browser.all(".fc-event.booking-session")).hasSize(1);
    assertThat(browser.text(".fc-event.booking-session"))
        .contains(busyTitle)
        .contains(roomName)
        .contains(machineName)
        .contains("Person " + colleague.email());
    assertThat(browser.text("#bookings"))
        .contains(busyTitle)
        .contains(roomName)
        .contains(machineName);
    browser.assertAccessible().assertFitsWidth().screenshot("planning-week-" + width);

    // filtered on an artisan: the colleague's, then one's own (nothing planned yet)
    new Select(browser.find("#filter\\:resource")).selectByValue(colleague.id());
    browser.clickAndWait("#filter\\:show");
    browser.find(".fc-event.booking-session");
    assertThat(browser.all(".fc-event.booking-session")).hasSize(1);
    new Select(browser.find("#filter\\:resource")).selectByValue(artisan.id());
    browser.clickAndWait("#filter\\:show");
    assertThat(browser.text("#bookings")).contains("Aucune réservation");
    browser.find(".fc-timegrid-col[data-date='" + monday + "']");
    assertThat(browser.all(".fc-event.booking-session")).isEmpty();
    new Select(browser.find("#filter\\:resource")).selectByValue(room);
    browser.clickAndWait("#filter\\:show");
    assertThat(browser.path()).contains("resource=" + room).contains("week=" + monday);

    // a click on Wednesday 14:00, free, offers to plan there
    LocalDate wednesday = monday.plusDays(2);
    clickTime(wednesday, "14:00:00");
    browser.waitForText("#slot", "14:00");
    assertThat(browser.find("#plan-visit").getAttribute("href"))
        .contains("day=" + wednesday)
        .contains("room=" + room);
    browser.assertAccessible().screenshot("planning-slot-" + width);
    // the visit offer editor, opened from there, offers that day and that room
    String planning = browser.path();
    browser.clickAndWait("#plan-visit");
    assertThat(browser.path()).startsWith("/artisan/visit-offer-edit.xhtml");
    assertThat(browser.find("#offer\\:from1").getAttribute("value"))
        .isEqualTo(wednesday.toString());
    assertThat(browser.find("#offer\\:to1").getAttribute("value")).isEqualTo(wednesday.toString());
    assertThat(
            new Select(browser.find("#offer\\:roomId"))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(room);
    assertThat(
            browser.all("#offer\\:weekdays input:checked").stream()
                .map(box -> box.getAttribute("value"))
                .toList())
        .containsExactly("WEDNESDAY");
    browser.assertAccessible().assertFitsWidth();
    browser.open(planning);
    clickTime(wednesday, "14:00:00");
    browser.waitForText("#slot", "14:00");
    browser.clickAndWait("#plan-session");
    assertThat(browser.path()).startsWith("/artisan/session-edit.xhtml");
    assertThat(new Select(browser.find("#session\\:training")).getFirstSelectedOption().getText())
        .isEqualTo(title);
    assertThat(
            new Select(browser.find("#session\\:room"))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(room);
    assertThat(browser.find("#session\\:day").getAttribute("value"))
        .isEqualTo(wednesday.toString());
    assertThat(new Select(browser.find("#session\\:start")).getFirstSelectedOption().getText())
        .isEqualTo("14:00");
    assertThat(new Select(browser.find("#session\\:end")).getFirstSelectedOption().getText())
        .isEqualTo("17:30");
    assertThat(browser.find("#session\\:deadline").getAttribute("value"))
        .isEqualTo(wednesday.minusDays(2).toString());
    browser.assertAccessible().assertFitsWidth().screenshot("session-from-planning-" + width);
    browser.clickAndWait("#session\\:schedule");
    assertThat(browser.path()).as(browser.text("main")).startsWith("/artisan/planning.xhtml");
    assertThat(browser.text(".messages")).contains("est planifiée");
    browser.find(".fc-event.booking-session");
    assertThat(browser.all(".fc-event.booking-session")).hasSize(2);
    assertThat(browser.text("#bookings")).contains(title).contains(busyTitle);
    browser.assertAccessible().assertFitsWidth();

    // in English too the week runs from Monday to Sunday, as the page says
    browser.open("/artisan/planning.xhtml?week=" + monday + "&lang=en");
    assertThat(browser.text("h1")).isEqualTo("Planning of the manufacture");
    browser.find(".fc-event.booking-session");
    assertThat(browser.all(".fc-col-header-cell").get(0).getAttribute("data-date"))
        .isEqualTo(monday.toString());
    assertThat(browser.text("#slot-hint")).contains("Click a free time");
    browser.assertAccessible().assertFitsWidth().screenshot("planning-week-en-" + width);
  }

  /** Presses the week's grid at that day and time, as a person clicks a free time. */
  private void clickTime(LocalDate day, String time) {
    org.openqa.selenium.WebElement column =
        browser.find(".fc-timegrid-col[data-date='" + day + "']");
    org.openqa.selenium.WebElement slot =
        browser.find("td.fc-timegrid-slot-lane[data-time='" + time + "']");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", slot);
    org.openqa.selenium.Rectangle c = column.getRect();
    org.openqa.selenium.Rectangle s = slot.getRect();
    int fromSlotCentre = c.getX() + c.getWidth() / 2 - (s.getX() + s.getWidth() / 2);
    new org.openqa.selenium.interactions.Actions(browser.driver())
        .moveToElement(slot, fromSlotCentre, 0)
        .click()
        .perform();
  }

  private String nameOf(Person manager, String path, String id) {
    return api.as(manager).get(path).jsonArray().stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(o -> o.getString("id").equals(id))
        .map(o -> o.getString("name"))
        .findFirst()
        .orElseThrow();
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
    browser.find(".fc-event.booking-session");
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

    // Sam then gives the place up from the page (the browser's confirmation accepted): the line
    // says so and offers it no more, and the artisan sees it.
    browser.logIn(sam.email(), sam.password());
    browser.open("/me/enrolments.xhtml");
    browser.script("window.confirm = () => true;");
    browser.clickAndWait("#enrolments button");
    assertThat(browser.text(".messages")).contains("annulée");
    assertThat(browser.text("#enrolments")).contains(title).contains("Annulée");
    assertThat(browser.all("#enrolments button")).isEmpty();
    assertThat(
            api.as(sam).get("/api/me/enrolments").jsonArray().getJsonObject(0).getString("status"))
        .isEqualTo("CANCELLED");
    browser.logIn(artisan.email(), artisan.password());
    browser.open("/artisan/trainings.xhtml");
    assertThat(browser.text(".participants")).contains("Person " + sam.email()).contains("Annulée");
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
