package fr.passeurs;

import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.Messages;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The journeys that used to stop people, driven only through the pages from the login form to the
 * outcome, each asserting the text of the refusals it meets: in French on a laptop, then in English
 * on a phone. An apprentice gives their birth date on the spot and gets the seat; an artisan
 * declines a class visit from the list of requests and is told in words which session holds the
 * room; a teacher corrects a school code, keeps the page's address after a refusal, and presses
 * Enter twice to get one booking. Every page passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneysUiIT {

  /** The language of a journey, the width of its screen, and the texts it expects. */
  enum Tongue {
    FRENCH(
        "fr",
        Locale.FRENCH,
        1280,
        Map.ofEntries(
            Map.entry("birthDateRequired", "Indiquez votre date de naissance"),
            Map.entry("birthDateHint", "16 ans"),
            Map.entry("seatConfirmed", "Votre place est confirmée"),
            Map.entry("tooYoung", "ouverte aux personnes de 16 ans ou plus"),
            Map.entry("reasonRequired", "indiquez le motif, pour l’autre partie"),
            Map.entry("declined", "La demande est déclinée"),
            Map.entry("declinedStatus", "Déclinée"),
            Map.entry("roomBooked", "est déjà réservée du"),
            Map.entry("checkLetter", "la lettre de contrôle de "),
            Map.entry("schoolRegistered", "est enregistrée"),
            Map.entry("tooFewAdults", "accompagnateurs pour 20 élèves"),
            Map.entry("requestSent", "Votre demande est envoyée"),
            Map.entry("requested", "Demandée"),
            Map.entry("declinedNotice", "Visite déclinée"))),
    ENGLISH(
        "en",
        Locale.ENGLISH,
        375,
        Map.ofEntries(
            Map.entry("birthDateRequired", "Give your birth date"),
            Map.entry("birthDateHint", "16"),
            Map.entry("seatConfirmed", "Your seat is confirmed"),
            Map.entry("tooYoung", "for people aged 16 or more"),
            Map.entry("reasonRequired", "say why, for the other side"),
            Map.entry("declined", "The request is declined"),
            Map.entry("declinedStatus", "Declined"),
            Map.entry("roomBooked", "is already booked from"),
            Map.entry("checkLetter", "the check letter of "),
            Map.entry("schoolRegistered", "is registered"),
            Map.entry("tooFewAdults", "20 pupils of this level need at least"),
            Map.entry("requestSent", "Your request is sent"),
            Map.entry("requested", "Requested"),
            Map.entry("declinedNotice", "Visit declined")));

    final String code;
    final Locale locale;
    final int width;
    final Map<String, String> texts;

    Tongue(String code, Locale locale, int width, Map<String, String> texts) {
      this.code = code;
      this.locale = locale;
      this.width = width;
      this.texts = texts;
    }

    String text(String key) {
      return texts.get(key);
    }
  }

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
  void anApprenticeGivesTheirBirthDateOnTheSpotInFrench() {
    apprenticeEnrolsInATrainingWithAMinimumAge(Tongue.FRENCH);
  }

  @Test
  void anApprenticeGivesTheirBirthDateOnTheSpotInEnglish() {
    apprenticeEnrolsInATrainingWithAMinimumAge(Tongue.ENGLISH);
  }

  @Test
  void anArtisanDeclinesFromTheListAndMeetsARoomConflictInFrench() {
    artisanDeclinesAVisitAndMeetsARoomConflict(Tongue.FRENCH);
  }

  @Test
  void anArtisanDeclinesFromTheListAndMeetsARoomConflictInEnglish() {
    artisanDeclinesAVisitAndMeetsARoomConflict(Tongue.ENGLISH);
  }

  @Test
  void aTeacherCorrectsTheSchoolCodeAndBooksOnceInFrench() {
    teacherRegistersTheSchoolAndBooksOnce(Tongue.FRENCH);
  }

  @Test
  void aTeacherCorrectsTheSchoolCodeAndBooksOnceInEnglish() {
    teacherRegistersTheSchoolAndBooksOnce(Tongue.ENGLISH);
  }

  /**
   * A training for people of 16 or more: the session page asks the birth date in the enrolment form
   * itself, refuses the form without it, keeps it in the profile and gives the seat; someone too
   * young is told why.
   */
  private void apprenticeEnrolsInATrainingWithAMinimumAge(Tongue tongue) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 10);
    Person artisan = fixtures.artisan(manufacture);
    String title = "Forge " + Fixtures.uniqueWord();
    String training =
        fixtures
            .training(
                artisan,
                trainingBody(fixtures.knowHowOf(artisan)).add("title", title).add("minimumAge", 16))
            .getString("id");
    LocalDate day = monday(3);
    fixtures.session(
        artisan,
        training,
        sessionBody(
            room, 4, paris(day.minusDays(3), "18:00"), paris(day, "09:00"), paris(day, "12:30")));

    Person lea = fixtures.apprentice();
    logIn(tongue, lea);
    browser.navigateTo("/training/sessions.xhtml");
    browser.open(
        "/training/sessions.xhtml?manufacture=" + manufacture + "&from=" + day.minusDays(1));
    browser.clickAndWait(".session-card h3 a");
    assertThat(browser.text("h1")).isEqualTo(title);
    String sessionPage = browser.path();
    assertThat(browser.text("#enrolForm")).contains(tongue.text("birthDateHint"));
    browser.assertAccessible().screenshot("journey-birth-date-asked-" + tongue.code);

    browser.clickAndWait("#enrolForm\\:enrol");
    assertThat(browser.text("#enrolForm")).contains(tongue.text("birthDateRequired"));
    assertThat(browser.path()).as("the page keeps its address").isEqualTo(sessionPage);
    browser.assertAccessible().screenshot("journey-birth-date-refused-" + tongue.code);

    browser.setValue("#enrolForm\\:birthDate", "2001-05-14");
    browser.clickAndWait("#enrolForm\\:enrol");
    assertThat(browser.text("#my-place")).contains(tongue.text("seatConfirmed"));
    assertThat(browser.all("#enrolForm")).isEmpty();
    assertThat(api.as(lea).get("/api/me").json().getString("birthDate"))
        .as("the birth date is kept in the profile")
        .isEqualTo("2001-05-14");
    browser.assertAccessible().screenshot("journey-seat-" + tongue.code);

    Person young = fixtures.apprentice();
    logIn(tongue, young);
    browser.open(sessionPage);
    browser.setValue("#enrolForm\\:birthDate", day.minusYears(14).toString());
    browser.clickAndWait("#enrolForm\\:enrol");
    assertThat(browser.text(".messages")).contains(tongue.text("tooYoung"));
    assertThat(browser.all("#my-place")).isEmpty();
    browser.assertAccessible().screenshot("journey-too-young-" + tongue.code);
  }

  /**
   * Two classes ask to visit: the artisan declines the second from the list, first without a reason
   * (refused, beside the field), then with one; the first request stays. Then, planning a session
   * in a room a colleague holds that morning, they are told by whom, on which day and hours, in
   * words.
   */
  private void artisanDeclinesAVisitAndMeetsARoomConflict(Tongue tongue) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 30);
    Person artisan = fixtures.artisan(manufacture);
    JsonObject offer =
        fixtures.visitOffer(artisan, Fixtures.visitOfferBody(fixtures.knowHowOf(artisan), room));
    Person stays = fixtures.teacher();
    Person declined = fixtures.teacher();
    // the declined teacher reads Passeurs in the other language than the one stays reads it in
    String otherLanguage = tongue == Tongue.FRENCH ? "en" : "fr";
    assertThat(
            api.as(declined)
                .put(
                    "/api/me/profile",
                    Json.createObjectBuilder()
                        .add("displayName", "Person " + declined.email())
                        .add("language", otherLanguage)
                        .build())
                .status())
        .isEqualTo(200);
    String kept = request(stays, offer, monday(3).plusDays(1));
    String refused = request(declined, offer, monday(3).plusDays(2));

    logIn(tongue, artisan);
    browser.navigateTo("/artisan/visit-requests.xhtml");
    String card = "#pending article[aria-labelledby='request-" + refused + "']";
    browser.find(card);
    assertThat(browser.all("#pending article")).hasSize(2);
    browser.assertAccessible().screenshot("journey-requests-" + tongue.code);

    browser.clickAndWait(browser.find(card + " button[id$='decline']"));
    assertThat(browser.text(card)).contains(tongue.text("reasonRequired"));
    assertThat(browser.all("#pending article")).hasSize(2);
    browser.assertAccessible().screenshot("journey-decline-refused-" + tongue.code);

    browser.find(card + " input[id$='reason']").sendKeys("L’atelier est fermé pour travaux.");
    browser.clickAndWait(browser.find(card + " button[id$='decline']"));
    assertThat(browser.text(".messages")).contains(tongue.text("declined"));
    assertThat(browser.all("#pending article")).hasSize(1);
    assertThat(browser.find("#pending article").getAttribute("aria-labelledby"))
        .isEqualTo("request-" + kept);
    assertThat(browser.text("#others")).contains(tongue.text("declinedStatus"));
    browser.assertAccessible().screenshot("journey-declined-" + tongue.code);

    // the teacher is told in the language they read Passeurs in
    String notice =
        api.as(declined)
            .get("/api/me/notifications")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("title");
    assertThat(notice)
        .startsWith(otherLanguage.equals("fr") ? "Visite déclinée" : "Visit declined");

    // A colleague's session holds the room that morning; planning one there is refused in words.
    Person colleague = fixtures.artisan(manufacture);
    LocalDate day = monday(4);
    String held = "Vannerie " + Fixtures.uniqueWord();
    fixtures.session(
        colleague,
        fixtures
            .training(colleague, trainingBody(fixtures.knowHowOf(colleague)).add("title", held))
            .getString("id"),
        sessionBody(
            room, 4, paris(day.minusDays(3), "18:00"), paris(day, "09:00"), paris(day, "12:30")));
    String mine =
        fixtures.training(artisan, trainingBody(fixtures.knowHowOf(artisan))).getString("id");
    browser.navigateTo("/artisan/trainings.xhtml");
    browser.clickAndWait("#trainings a[href*='" + mine + "']");
    new Select(browser.find("#session\\:room")).selectByValue(room);
    browser.type("#session\\:seats", "4");
    browser.setValue("#session\\:day", day.toString());
    browser.setValue("#session\\:deadline", day.minusDays(3).toString());
    String editor = browser.path();
    browser.clickAndWait("#session\\:schedule");
    assertThat(browser.text(".messages"))
        .contains(tongue.text("roomBooked"))
        .contains(Messages.day(day, tongue.locale))
        .contains("09:00")
        .contains(held)
        .doesNotContain("T09")
        .doesNotContain("MONDAY");
    assertThat(browser.path()).as("the page keeps its address").isEqualTo(editor);
    browser.assertAccessible().screenshot("journey-room-conflict-" + tongue.code);
  }

  /**
   * A teacher registers their school: a wrong check letter is refused where they can see it, the
   * right one taken. A request with too few adults is refused and the page keeps its address (a
   * reload shows the offer again). Enter pressed twice while the group is being checked sends one
   * request.
   */
  private void teacherRegistersTheSchoolAndBooksOnce(Tongue tongue) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 30);
    Person artisan = fixtures.artisan(manufacture);
    JsonObject offer =
        fixtures.visitOffer(artisan, Fixtures.visitOfferBody(fixtures.knowHowOf(artisan), room));
    String offerPage = "/visits/offer.xhtml?id=" + offer.getString("id");
    String uai = Fixtures.uai();
    String wrong = uai.substring(0, 7) + (uai.charAt(7) == 'A' ? 'B' : 'A');

    Person teacher = fixtures.teacher();
    logIn(tongue, teacher);
    assertThat(api.as(teacher).get("/api/me").json().getString("language"))
        .as("the account takes the language the pages were read in")
        .isEqualTo(tongue.code);
    browser.navigateTo("/visits/offers.xhtml");
    browser.open(offerPage);
    assertThat(browser.text("h1")).isEqualTo(offer.getString("title"));

    browser.type("#school\\:uai", wrong);
    browser.type("#school\\:name", "École Jean-Zay");
    browser.type("#school\\:city", "Aubusson");
    browser.clickAndWait("#school\\:register");
    WebElement error = browser.find("#school .ui-message-error");
    assertThat(error.isDisplayed()).as("the refusal is in sight, not in a closed panel").isTrue();
    assertThat(browser.text("#school")).contains(tongue.text("checkLetter") + uai.substring(0, 7));
    assertThat(browser.path()).isEqualTo(offerPage);
    browser.assertAccessible().screenshot("journey-uai-refused-" + tongue.code);
    browser.type("#school\\:uai", uai);
    browser.type("#school\\:name", "École Jean-Zay");
    browser.type("#school\\:city", "Aubusson");
    browser.clickAndWait("#school\\:register");
    assertThat(browser.text(".messages")).contains(tongue.text("schoolRegistered"));

    // Too few adults: refused, the address kept, a reload shows the offer.
    LocalDate tuesday = monday(3).plusDays(1);
    new Select(browser.find("#book\\:level")).selectByValue("COLLEGE");
    browser.type("#book\\:pupils", "20");
    browser.type("#book\\:adults", "1");
    browser.setValue("#book\\:day1", tuesday.toString());
    new Select(browser.find("#book\\:time1")).selectByVisibleText("10:00");
    browser.clickAndWait("#book\\:submit");
    assertThat(browser.text("#book")).contains(tongue.text("tooFewAdults"));
    assertThat(browser.path()).as("the page keeps its address").isEqualTo(offerPage);
    browser.assertAccessible().screenshot("journey-booking-refused-" + tongue.code);
    browser.open(browser.path());
    assertThat(browser.text("h1")).isEqualTo(offer.getString("title"));

    // Enter, twice, while the group check is still on its way: one request.
    new Select(browser.find("#book\\:level")).selectByValue("COLLEGE");
    browser.type("#book\\:adults", "2");
    browser.setValue("#book\\:day1", tuesday.toString());
    new Select(browser.find("#book\\:time1")).selectByVisibleText("10:00");
    WebElement pupils = browser.find("#book\\:pupils");
    pupils.clear();
    browser.replacedBy(
        () -> {
          pupils.sendKeys("20");
          pupils.sendKeys(Keys.ENTER);
          try {
            pupils.sendKeys(Keys.ENTER);
          } catch (WebDriverException alreadyGone) {
            // the page went away under the second key: it was sent once, as wished
          }
        });
    browser.find("#status");
    assertThat(browser.path()).startsWith("/visits/booking.xhtml");
    assertThat(browser.text(".messages")).contains(tongue.text("requestSent"));
    assertThat(browser.text("#status")).contains(tongue.text("requested"));
    assertThat(api.as(teacher).get("/api/me/visit-bookings").json().getInt("total"))
        .as("one request for Enter pressed twice")
        .isEqualTo(1);
    browser.assertAccessible().screenshot("journey-booked-once-" + tongue.code);
  }

  /** Logs in through the login form shown in this language. */
  private void logIn(Tongue tongue, Person who) {
    browser.logOut();
    browser.width(tongue.width).open("/login.xhtml?lang=" + tongue.code);
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo(tongue.code);
    browser.type("#login\\:email", who.email());
    browser.type("#login\\:password", who.password());
    browser.clickAndWait("#login\\:submit");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo(tongue.code);
  }

  /** A class visit asked of the offer by the teacher, that day at 10:00; returns its id. */
  private String request(Person teacher, JsonObject offer, LocalDate day) {
    Instant start = paris(day, "10:00");
    Api.Response created =
        api.as(teacher)
            .post(
                "/api/visit-bookings",
                Json.createObjectBuilder()
                    .add("offerId", offer.getString("id"))
                    .add("school", fixtures.school(teacher))
                    .add("level", "COLLEGE")
                    .add("pupils", 20)
                    .add("adults", 2)
                    .add("times", Json.createArrayBuilder().add(start.toString()))
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }
}
