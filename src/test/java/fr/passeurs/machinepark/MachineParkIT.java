package fr.passeurs.machinepark;

import static fr.passeurs.testing.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.AllAtOnce;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** The machine park through the REST API: rules, authorisations, bookings, and their races. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MachineParkIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.withTestControls();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;

  @BeforeEach
  void connect() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
  }

  @AfterEach
  void realTime() {
    fixtures.moveClockTo(null);
  }

  /** A manufacture with a manager, a room and a machine whose rules are set. */
  record Park(String manufacture, Person manager, String room, String machine) {
    String rulesPath() {
      return "/api/manufactures/" + manufacture + "/machines/" + machine + "/booking-rules";
    }

    String authorisationsPath() {
      return "/api/manufactures/" + manufacture + "/machines/" + machine + "/authorisations";
    }
  }

  /** Half-hour step, 1 to 4 hours, 6 hours a week, 21 days ahead, free cancellation 24 h. */
  static JsonObjectBuilder rules() {
    return Json.createObjectBuilder()
        .add("bookable", true)
        .add("slotMinutes", 30)
        .add("minMinutes", 60)
        .add("maxMinutes", 240)
        .add("weeklyHours", 6)
        .add("horizonDays", 21)
        .add("freeCancelHours", 24)
        .add("hourlyRateCents", 1500);
  }

  Park park(boolean requiresAuthorisation) {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 10);
    return new Park(
        manufacture, manager, room, machine(manufacture, manager, room, requiresAuthorisation));
  }

  String machine(String manufacture, Person manager, String room, boolean requiresAuthorisation) {
    Api.Response created =
        api.as(manager)
            .post(
                "/api/manufactures/" + manufacture + "/machines",
                Json.createObjectBuilder()
                    .add("name", Fixtures.unique("Défonceuse CNC"))
                    .add("kind", "cnc")
                    .add("roomId", room)
                    .add("requiresAuthorisation", requiresAuthorisation)
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String machine = created.json().getString("id");
    Api.Response set =
        api.as(manager)
            .put(
                "/api/manufactures/" + manufacture + "/machines/" + machine + "/booking-rules",
                rules().build());
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    return machine;
  }

  static JsonObject booking(String machine, Instant start, Instant end) {
    return Json.createObjectBuilder()
        .add("machineId", machine)
        .add("start", start.toString())
        .add("end", end.toString())
        .build();
  }

  Api.Response book(Person person, String machine, LocalDate day, String from, String to) {
    return api.as(person)
        .post("/api/machine-bookings", booking(machine, paris(day, from), paris(day, to)));
  }

  void authorise(Park park, Person person) {
    Api.Response granted =
        api.as(park.manager())
            .post(
                park.authorisationsPath(),
                Json.createObjectBuilder()
                    .add("accountId", person.id())
                    .add("reason", "Formé·e à la défonceuse")
                    .build());
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
  }

  // --- rules ---------------------------------------------------------------------------------

  @Test
  void managersSetTheRulesAndAnyoneReadsThem() {
    Park park = park(false);
    JsonObject read = api.get(park.rulesPath()).json();
    assertThat(read.getBoolean("bookable")).isTrue();
    assertThat(read.getInt("slotMinutes")).isEqualTo(30);
    assertThat(read.getInt("hourlyRateCents")).isEqualTo(1500);

    Person artisan = fixtures.artisan(park.manufacture());
    assertThat(api.as(artisan).put(park.rulesPath(), rules().build()).status()).isEqualTo(403);
    Park elsewhere = park(false);
    assertThat(api.as(elsewhere.manager()).put(park.rulesPath(), rules().build()).status())
        .isEqualTo(403);

    Api.Response bad =
        api.as(park.manager())
            .put(park.rulesPath(), rules().add("slotMinutes", 20).add("weeklyHours", 0).build());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactlyInAnyOrder("slotMinutes", "weeklyHours");
    Api.Response missing =
        api.as(park.manager())
            .put(park.rulesPath(), Json.createObjectBuilder().add("bookable", true).build());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).contains("slotMinutes", "hourlyRateCents");
  }

  @Test
  void aMachineWhoseRulesWereNeverSetIsNotBookable() {
    Park park = park(false);
    Api.Response created =
        api.as(park.manager())
            .post(
                "/api/manufactures/" + park.manufacture() + "/machines",
                Json.createObjectBuilder()
                    .add("name", Fixtures.unique("Tour à bois"))
                    .add("kind", "lathe")
                    .build());
    String lathe = created.json().getString("id");
    assertThat(
            api.get(
                    "/api/manufactures/"
                        + park.manufacture()
                        + "/machines/"
                        + lathe
                        + "/booking-rules")
                .json()
                .getBoolean("bookable"))
        .isFalse();
    Person artisan = fixtures.artisan(park.manufacture());
    Api.Response refused = book(artisan, lathe, Fixtures.monday(1), "09:00", "10:00");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("type")).endsWith("not-bookable");
    assertThat(
            api.get(
                    "/api/manufactures/"
                        + park.manufacture()
                        + "/machines/"
                        + lathe
                        + "/availability")
                .json()
                .getJsonArray("windows"))
        .isEmpty();
  }

  // --- bookings ------------------------------------------------------------------------------

  @Test
  void anArtisanBooksCancelsAndTheTimeIsFreeAgainAtOnce() {
    Park park = park(false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate monday = Fixtures.monday(1);
    Api.Response booked = book(artisan, park.machine(), monday, "09:00", "11:00");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    JsonObject booking = booked.json();
    assertThat(booking.getString("status")).isEqualTo("BOOKED");
    assertThat(booking.getString("person")).startsWith("Person ");
    assertThat(booking.getInt("rateCents")).isEqualTo(1500);
    // free to cancel until 24 hours before (or, booked later than that, for a quarter of an hour)
    assertThat(Instant.parse(booking.getString("freeCancelUntil")))
        .isAfterOrEqualTo(paris(monday.minusDays(1), "09:00"))
        .isBeforeOrEqualTo(paris(monday, "09:00"));
    assertThat(booked.header("Location"))
        .endsWith("/api/machine-bookings/" + booking.getString("id"));

    String availability =
        "/api/manufactures/"
            + park.manufacture()
            + "/machines/"
            + park.machine()
            + "/availability?from="
            + monday
            + "&to="
            + monday.plusDays(1);
    assertThat(windows(api.get(availability)))
        .containsExactly(paris(monday, "11:00") + "/" + paris(monday, "18:00"));

    JsonArray mine = api.as(artisan).get("/api/me/machine-bookings").jsonArray();
    assertThat(mine).hasSize(1);
    Person other = fixtures.artisan(park.manufacture());
    assertThat(api.as(other).get("/api/me/machine-bookings").jsonArray()).isEmpty();
    assertThat(
            api.as(other)
                .post("/api/machine-bookings/" + booking.getString("id") + "/cancel", null)
                .status())
        .isEqualTo(404);

    Api.Response taken = book(other, park.machine(), monday, "10:00", "11:00");
    assertThat(taken.status()).isEqualTo(409);
    JsonObject problem = taken.json();
    assertThat(problem.getString("type")).endsWith("booking-conflict");
    assertThat(problem.getJsonObject("conflict").getString("holderId"))
        .isEqualTo(booking.getString("id"));

    Api.Response cancelled =
        api.as(artisan).post("/api/machine-bookings/" + booking.getString("id") + "/cancel", null);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.json().getBoolean("countsAsUsed")).isFalse();
    assertThat(windows(api.get(availability)))
        .containsExactly(paris(monday, "09:00") + "/" + paris(monday, "18:00"));
    assertThat(book(other, park.machine(), monday, "10:00", "11:00").status()).isEqualTo(201);
  }

  @Test
  void eachRuleRefusesInTheCallersLanguage() {
    Park park = park(false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate monday = Fixtures.monday(1);

    Api.Response offStep = book(artisan, park.machine(), monday, "09:10", "10:30");
    assertThat(offStep.status()).isEqualTo(400);
    assertThat(fields(offStep)).containsExactly("start");

    Api.Response tooShort = book(artisan, park.machine(), monday, "09:00", "09:30");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.json().getString("type")).endsWith("too-short");

    Api.Response tooLong = book(artisan, park.machine(), monday, "09:00", "13:30");
    assertThat(tooLong.json().getString("type")).endsWith("too-long");
    Api.Response tooLongFr =
        api.as(artisan)
            .header("Accept-Language", "fr")
            .post(
                "/api/machine-bookings",
                booking(park.machine(), paris(monday, "09:00"), paris(monday, "13:30")));
    assertThat(tooLongFr.json().getString("detail")).contains("dure au plus 240 minutes");

    LocalDate far = Fixtures.monday(4);
    Api.Response beyond = book(artisan, park.machine(), far, "09:00", "10:00");
    assertThat(beyond.status()).isEqualTo(409);
    assertThat(beyond.json().getString("type")).endsWith("beyond-horizon");

    Api.Response saturday = book(artisan, park.machine(), monday.plusDays(5), "09:00", "10:00");
    assertThat(saturday.status()).isEqualTo(409);
    assertThat(saturday.json().getString("type")).endsWith("outside-hours");
    Api.Response evening = book(artisan, park.machine(), monday, "17:00", "19:00");
    assertThat(evening.json().getString("type")).endsWith("outside-hours");

    assertThat(book(artisan, park.machine(), monday, "09:00", "13:00").status()).isEqualTo(201);
    Api.Response quota = book(artisan, park.machine(), monday.plusDays(1), "09:00", "12:00");
    assertThat(quota.status()).isEqualTo(409);
    assertThat(quota.json().getString("type")).endsWith("quota-exceeded");
    Api.Response quotaFr =
        api.as(artisan)
            .header("Accept-Language", "fr")
            .post(
                "/api/machine-bookings",
                booking(
                    park.machine(),
                    paris(monday.plusDays(1), "09:00"),
                    paris(monday.plusDays(1), "12:00")));
    assertThat(quotaFr.json().getString("detail"))
        .contains("au plus 6 heures par personne et par semaine")
        .contains("vous en avez déjà 4 h");
    // two more hours fit the week; the next week starts again from nothing
    assertThat(book(artisan, park.machine(), monday.plusDays(1), "09:00", "11:00").status())
        .isEqualTo(201);
    assertThat(book(artisan, park.machine(), monday.plusDays(7), "09:00", "13:00").status())
        .isEqualTo(201);
  }

  @Test
  void onlyActiveArtisansOfTheManufactureBookAndManagersBookForThemBeyondQuotaAndHorizon() {
    Park park = park(false);
    LocalDate monday = Fixtures.monday(1);
    Person outsider = fixtures.artisan(fixtures.manufacture());
    Api.Response refused = book(outsider, park.machine(), monday, "09:00", "10:00");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("type")).endsWith("not-a-member");
    Person pending = fixtures.pendingArtisan(park.manufacture());
    assertThat(book(pending, park.machine(), monday, "09:00", "10:00").status()).isIn(401, 403);
    Person apprentice = fixtures.apprentice();
    assertThat(book(apprentice, park.machine(), monday, "09:00", "10:00").status()).isEqualTo(403);

    Person artisan = fixtures.artisan(park.manufacture());
    Person colleague = fixtures.artisan(park.manufacture());
    JsonObject forSomeone =
        Json.createObjectBuilder(
                booking(
                    park.machine(),
                    paris(Fixtures.monday(4), "09:00"),
                    paris(Fixtures.monday(4), "16:00")))
            .add("forAccountId", artisan.id())
            .build();
    // a manager is held to the lengths (seven hours is too long)...
    Api.Response tooLongStill = api.as(park.manager()).post("/api/machine-bookings", forSomeone);
    assertThat(tooLongStill.json().getString("type")).endsWith("too-long");
    // ...not to the horizon: four hours some four weeks ahead
    JsonObject fourHours =
        Json.createObjectBuilder(
                booking(
                    park.machine(),
                    paris(Fixtures.monday(4), "09:00"),
                    paris(Fixtures.monday(4), "13:00")))
            .add("forAccountId", artisan.id())
            .build();
    Api.Response byManager = api.as(park.manager()).post("/api/machine-bookings", fourHours);
    assertThat(byManager.status()).as(byManager.toString()).isEqualTo(201);
    assertThat(byManager.json().getString("accountId")).isEqualTo(artisan.id());
    assertThat(api.as(artisan).get("/api/me/machine-bookings").jsonArray()).hasSize(1);
    // ...nor to the weekly quota: four hours booked by the artisan, four more by the manager
    assertThat(book(artisan, park.machine(), monday, "09:00", "13:00").status()).isEqualTo(201);
    JsonObject beyondQuota =
        Json.createObjectBuilder(
                booking(
                    park.machine(),
                    paris(monday.plusDays(1), "09:00"),
                    paris(monday.plusDays(1), "13:00")))
            .add("forAccountId", artisan.id())
            .build();
    assertThat(api.as(park.manager()).post("/api/machine-bookings", beyondQuota).status())
        .isEqualTo(201);
    // ...but not to an artisan booking for a colleague
    JsonObject forColleague =
        Json.createObjectBuilder(
                booking(park.machine(), paris(monday, "09:00"), paris(monday, "10:00")))
            .add("forAccountId", colleague.id())
            .build();
    assertThat(api.as(artisan).post("/api/machine-bookings", forColleague).status()).isEqualTo(403);
    // a manager of another manufacture books nothing here
    Park elsewhere = park(false);
    assertThat(api.as(elsewhere.manager()).post("/api/machine-bookings", fourHours).status())
        .isEqualTo(403);
  }

  // --- authorisations ------------------------------------------------------------------------

  @Test
  void anAuthorisationOpensTheMachineAndItsRevocationCancelsWhatIsBookedAndRefusesTheNext() {
    Park park = park(true);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate monday = Fixtures.monday(1);
    Api.Response refused = book(artisan, park.machine(), monday, "09:00", "10:00");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("type")).endsWith("not-authorised");

    Api.Response granted =
        api.as(park.manager())
            .post(
                park.authorisationsPath(),
                Json.createObjectBuilder()
                    .add("accountId", artisan.id())
                    .add("reason", "Formation sécurité suivie le 2 mars")
                    .add("expiresOn", monday.plusDays(30).toString())
                    .build());
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    JsonObject authorisation = granted.json();
    assertThat(authorisation.getBoolean("valid")).isTrue();
    assertThat(authorisation.getString("grantedBy")).startsWith("Manager ");
    assertThat(api.as(artisan).get("/api/me/authorisations").jsonArray()).hasSize(1);
    assertThat(api.as(park.manager()).get(park.authorisationsPath()).jsonArray()).hasSize(1);
    assertThat(api.as(artisan).get(park.authorisationsPath()).status()).isEqualTo(403);

    String booking = book(artisan, park.machine(), monday, "09:00", "10:00").json().getString("id");
    assertThat(book(artisan, park.machine(), monday.plusDays(1), "09:00", "10:00").status())
        .isEqualTo(201);

    String revocation = "/api/authorisations/" + authorisation.getString("id") + "/revocation";
    assertThat(
            api.as(artisan)
                .post(revocation, Json.createObjectBuilder().add("reason", "x").build())
                .status())
        .isEqualTo(403);
    Api.Response noReason =
        api.as(park.manager()).post(revocation, Json.createObjectBuilder().build());
    assertThat(noReason.status()).isEqualTo(400);
    Api.Response revoked =
        api.as(park.manager())
            .post(
                revocation, Json.createObjectBuilder().add("reason", "Consignes ignorées").build());
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.json().getBoolean("valid")).isFalse();
    assertThat(revoked.json().getString("revocationReason")).isEqualTo("Consignes ignorées");

    JsonArray mine = api.as(artisan).get("/api/me/machine-bookings").jsonArray();
    assertThat(mine)
        .extracting(b -> b.asJsonObject().getString("status"))
        .containsOnly("CANCELLED");
    assertThat(mine)
        .allSatisfy(b -> assertThat(b.asJsonObject().getBoolean("countsAsUsed")).isFalse());
    assertThat(mine).extracting(b -> b.asJsonObject().getString("id")).contains(booking);
    Api.Response next = book(artisan, park.machine(), monday.plusDays(2), "09:00", "10:00");
    assertThat(next.status()).isEqualTo(403);
    assertThat(next.json().getString("type")).endsWith("not-authorised");
    assertThat(
            api.as(park.manager())
                .post(revocation, Json.createObjectBuilder().add("reason", "encore").build())
                .status())
        .isEqualTo(409);

    JsonArray notices = api.as(artisan).get("/api/me/notifications").json().getJsonArray("items");
    assertThat(notices.toString())
        .contains("authorisation-revoked")
        .contains("authorisation-granted");
  }

  @Test
  void onlyArtisansOfTheManufactureAreAuthorised() {
    Park park = park(true);
    Person outsider = fixtures.artisan(fixtures.manufacture());
    Api.Response refused =
        api.as(park.manager())
            .post(
                park.authorisationsPath(),
                Json.createObjectBuilder()
                    .add("accountId", outsider.id())
                    .add("reason", "r")
                    .build());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("accountId");
  }

  @Test
  void aManagerMarksAStartedBookingMissedOrLetsItGo() {
    Park park = park(false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate monday = Fixtures.monday(1);
    String first = book(artisan, park.machine(), monday, "09:00", "10:00").json().getString("id");
    String second = book(artisan, park.machine(), monday, "14:00", "15:00").json().getString("id");
    assertThat(
            api.as(park.manager())
                .post("/api/machine-bookings/" + first + "/no-show", null)
                .status())
        .isEqualTo(409);
    fixtures.moveClockTo(paris(monday, "09:30"));
    assertThat(api.as(artisan).post("/api/machine-bookings/" + first + "/no-show", null).status())
        .isEqualTo(403);
    Api.Response missed =
        api.as(park.manager()).post("/api/machine-bookings/" + first + "/no-show", null);
    assertThat(missed.status()).as(missed.toString()).isEqualTo(200);
    assertThat(missed.json().getString("status")).isEqualTo("NO_SHOW");
    assertThat(missed.json().getBoolean("countsAsUsed")).isTrue();
    // cancelled by its holder within 24 hours of its start: late, counted as used
    Api.Response late = api.as(artisan).post("/api/machine-bookings/" + second + "/cancel", null);
    assertThat(late.json().getBoolean("cancelledLate")).isTrue();
    assertThat(late.json().getBoolean("countsAsUsed")).isTrue();
    Api.Response waived =
        api.as(park.manager()).post("/api/machine-bookings/" + second + "/waiver", null);
    assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
    assertThat(waived.json().getBoolean("countsAsUsed")).isFalse();

    JsonArray all =
        api.as(park.manager())
            .get(
                "/api/manufactures/"
                    + park.manufacture()
                    + "/machines/"
                    + park.machine()
                    + "/bookings?from="
                    + paris(monday, "00:00")
                    + "&to="
                    + paris(monday.plusDays(1), "00:00"))
            .jsonArray();
    assertThat(all)
        .extracting(b -> b.asJsonObject().getString("status"))
        .containsExactly("NO_SHOW", "WAIVED");
  }

  // --- personal data --------------------------------------------------------------------------

  @Test
  void myDataHoldsMyMachineParkAndLeavingCancelsMyBookingsAhead() {
    Park park = park(false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate tuesday = Fixtures.monday(1).plusDays(1);
    String booking =
        book(artisan, park.machine(), tuesday, "10:00", "11:00").json().getString("id");
    api.as(artisan)
        .post(
            "/api/manufactures/" + park.manufacture() + "/machines/" + park.machine() + "/watches",
            window(paris(tuesday, "14:00"), paris(tuesday, "16:00")));
    JsonObject mine = api.as(artisan).get("/api/me/data").json().getJsonObject("machinePark");
    assertThat(mine.getJsonArray("bookings")).hasSize(1);
    assertThat(mine.getJsonArray("watches")).hasSize(1);

    Api.Response deleted = api.as(artisan).delete("/api/me");
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    // the booking ahead is cancelled and its time free again
    JsonArray held =
        api.as(park.manager())
            .get(
                "/api/manufactures/"
                    + park.manufacture()
                    + "/machines/"
                    + park.machine()
                    + "/bookings?from="
                    + paris(tuesday, "00:00")
                    + "&to="
                    + paris(tuesday.plusDays(1), "00:00"))
            .jsonArray();
    assertThat(held).hasSize(1);
    assertThat(held.getJsonObject(0).getString("id")).isEqualTo(booking);
    assertThat(held.getJsonObject(0).getString("status")).isEqualTo("CANCELLED");
    Person other = fixtures.artisan(park.manufacture());
    assertThat(book(other, park.machine(), tuesday, "10:00", "11:00").status()).isEqualTo(201);
  }

  // --- watches ---------------------------------------------------------------------------------

  static JsonObject window(Instant from, Instant to) {
    return Json.createObjectBuilder().add("from", from.toString()).add("to", to.toString()).build();
  }

  static long freedNotices(Api api, Person person) {
    return api.as(person).get("/api/me/notifications").json().getJsonArray("items").stream()
        .filter(n -> n.toString().contains("machine-freed"))
        .count();
  }

  @Test
  void whoWatchedAMachineIsToldOnceWhenABookingInTheWindowIsCancelled() {
    Park park = park(false);
    Person holder = fixtures.artisan(park.manufacture());
    Person watcher = fixtures.artisan(park.manufacture());
    Person later = fixtures.artisan(park.manufacture());
    LocalDate tuesday = Fixtures.monday(1).plusDays(1);
    String watches =
        "/api/manufactures/" + park.manufacture() + "/machines/" + park.machine() + "/watches";
    String booking = book(holder, park.machine(), tuesday, "10:00", "12:00").json().getString("id");
    Api.Response watching =
        api.as(watcher).post(watches, window(paris(tuesday, "09:00"), paris(tuesday, "13:00")));
    assertThat(watching.status()).as(watching.toString()).isEqualTo(201);
    assertThat(
            api.as(later)
                .post(watches, window(paris(tuesday, "14:00"), paris(tuesday, "16:00")))
                .status())
        .isEqualTo(201);
    assertThat(
            api.as(park.manager())
                .post(watches, window(paris(tuesday, "09:00"), paris(tuesday, "13:00")))
                .status())
        .isEqualTo(403);
    Api.Response backwards =
        api.as(watcher).post(watches, window(paris(tuesday, "13:00"), paris(tuesday, "09:00")));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(fields(backwards)).containsExactly("to");

    api.as(holder).post("/api/machine-bookings/" + booking + "/cancel", null);
    assertThat(freedNotices(api, watcher)).isEqualTo(1);
    assertThat(freedNotices(api, later)).isZero();
    assertThat(freedNotices(api, holder)).isZero();
    // the time was offered, not held: anyone may take it; the watch told once
    String again = book(holder, park.machine(), tuesday, "10:00", "11:00").json().getString("id");
    api.as(holder).post("/api/machine-bookings/" + again + "/cancel", null);
    assertThat(freedNotices(api, watcher)).isEqualTo(1);
  }

  // --- usage ----------------------------------------------------------------------------------

  @Test
  void aManagerReadsTheMonthsUsageAsJsonCsvAndPdf() {
    Park park = park(false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate monday = Fixtures.monday(1);
    if (!monday.plusDays(3).getMonth().equals(monday.getMonth())) {
      monday = Fixtures.monday(2);
    }
    book(artisan, park.machine(), monday, "09:00", "11:00");
    String late =
        book(artisan, park.machine(), monday.plusDays(1), "09:00", "10:00").json().getString("id");
    String missed =
        book(artisan, park.machine(), monday.plusDays(2), "09:00", "10:00").json().getString("id");
    String early =
        book(artisan, park.machine(), monday.plusDays(3), "09:00", "10:00").json().getString("id");
    assertThat(api.as(artisan).post("/api/machine-bookings/" + early + "/cancel", null).status())
        .isEqualTo(200);
    fixtures.moveClockTo(paris(monday.plusDays(1), "08:00"));
    assertThat(
            api.as(artisan)
                .post("/api/machine-bookings/" + late + "/cancel", null)
                .json()
                .getBoolean("cancelledLate"))
        .isTrue();
    fixtures.moveClockTo(paris(monday.plusDays(2), "09:30"));
    assertThat(
            api.as(park.manager())
                .post("/api/machine-bookings/" + missed + "/no-show", null)
                .status())
        .isEqualTo(200);
    fixtures.moveClockTo(paris(monday.plusDays(3), "12:00"));

    String usage =
        "/api/manufactures/"
            + park.manufacture()
            + "/machine-usage?month="
            + java.time.YearMonth.from(monday);
    Api.Response json = api.as(park.manager()).get(usage);
    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    JsonObject statement = json.json();
    assertThat(statement.getJsonArray("lines")).hasSize(1);
    JsonObject line = statement.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("accountId")).isEqualTo(artisan.id());
    assertThat(line.getInt("bookings")).isEqualTo(3);
    assertThat(line.getInt("noShows")).isEqualTo(1);
    assertThat(line.getInt("lateCancellations")).isEqualTo(1);
    assertThat(line.getJsonNumber("minutes").longValue()).isEqualTo(240);
    assertThat(line.getJsonNumber("amountCents").longValue()).isEqualTo(6000);
    assertThat(statement.getJsonNumber("totalCents").longValue()).isEqualTo(6000);

    Api.Download csv = api.as(park.manager()).download(usage + "&format=csv", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("Person,Machine,Bookings").contains(",3,1,1,4.00,60.00");
    Api.Download pdf = api.as(park.manager()).download(usage + "&format=pdf", "application/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    assertThat(api.as(artisan).get(usage).status()).isEqualTo(403);
    Api.Response badMonth =
        api.as(park.manager())
            .get("/api/manufactures/" + park.manufacture() + "/machine-usage?month=mars");
    assertThat(badMonth.status()).isEqualTo(400);
    assertThat(fields(badMonth)).containsExactly("month");
  }

  // --- calendars ------------------------------------------------------------------------------

  @Test
  void aBookingIsInItsHoldersCalendarAndItsRoomsAndStaysThereCancelled() {
    Park park = park(false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate tuesday = Fixtures.monday(1).plusDays(1);
    String booking =
        book(artisan, park.machine(), tuesday, "10:00", "12:00").json().getString("id");
    String start = "DTSTART;TZID=Europe/Paris:" + tuesday.toString().replace("-", "") + "T100000";
    String mine =
        java.net
            .URI
            .create(api.as(artisan).post("/api/me/calendar", null).json().getString("url"))
            .getPath();
    String calendar = api.fetch(mine, "text/calendar").body();
    assertThat(calendar).contains("UID:machine-booking-" + booking + "@passeurs").contains(start);
    assertThat(calendar).doesNotContain("STATUS:CANCELLED");
    Api.Response roomFeed =
        api.as(park.manager())
            .post(
                "/api/manufactures/" + park.manufacture() + "/rooms/" + park.room() + "/calendar",
                null);
    String room = java.net.URI.create(roomFeed.json().getString("url")).getPath();
    assertThat(api.fetch(room, "text/calendar").body()).contains(start);

    api.as(artisan).post("/api/machine-bookings/" + booking + "/cancel", null);
    assertThat(api.fetch(mine, "text/calendar").body())
        .contains("UID:machine-booking-" + booking + "@passeurs")
        .contains("STATUS:CANCELLED");
    assertThat(api.fetch(room, "text/calendar").body()).doesNotContain(start);
  }

  // --- authorisations earned by training ------------------------------------------------------

  @Test
  void aCertificateOfAQualifyingTrainingAuthorisesItsHolderAndItsRevocationTakesItBack() {
    Fixtures.TrainingDay t = fixtures.trainingDay(1, 1);
    String machine = machine(t.manufacture(), t.manager(), t.room(), true);
    JsonObject training = t.training();
    String path = "/api/trainings/" + training.getString("id");
    JsonObject rewritten =
        Fixtures.trainingBody(training.getString("knowHowId"))
            .add("title", training.getString("title"))
            .add("version", training.getJsonNumber("version").longValue())
            .build();
    // a machine of another manufacture is refused; one of its own is kept
    Park elsewhere = park(false);
    Api.Response foreign =
        api.as(t.artisan())
            .put(
                path,
                Json.createObjectBuilder(rewritten)
                    .add("qualifiesFor", Json.createArrayBuilder().add(elsewhere.machine()))
                    .build());
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(fields(foreign)).containsExactly("qualifiesFor");
    Api.Response qualifying =
        api.as(t.artisan())
            .put(
                path,
                Json.createObjectBuilder(rewritten)
                    .add("qualifiesFor", Json.createArrayBuilder().add(machine))
                    .build());
    assertThat(qualifying.status()).as(qualifying.toString()).isEqualTo(200);
    assertThat(qualifying.json().getJsonArray("qualifiesFor").getString(0)).isEqualTo(machine);

    Person participant = t.participants().get(0);
    assertThat(api.as(participant).get("/api/me/authorisations").jsonArray()).isEmpty();
    String code = fixtures.hold(t);
    JsonArray earned = api.as(participant).get("/api/me/authorisations").jsonArray();
    assertThat(earned).hasSize(1);
    JsonObject authorisation = earned.getJsonObject(0);
    assertThat(authorisation.getString("machineId")).isEqualTo(machine);
    assertThat(authorisation.getBoolean("valid")).isTrue();
    assertThat(authorisation.getString("reason")).isEqualTo(code);
    assertThat(authorisation.containsKey("certificateId")).isTrue();
    assertThat(
            api.as(participant)
                .get("/api/me/notifications")
                .json()
                .getJsonArray("items")
                .toString())
        .contains("authorisation-granted");
    // the manager sees it among the machine's authorisations, granted by nobody but the certificate
    JsonObject listed =
        api.as(t.manager())
            .get(
                "/api/manufactures/" + t.manufacture() + "/machines/" + machine + "/authorisations")
            .jsonArray()
            .getJsonObject(0);
    assertThat(listed.getString("accountId")).isEqualTo(participant.id());
    assertThat(listed.containsKey("grantedBy")).isFalse();

    Api.Response revoked =
        api.as(t.manager())
            .post(
                "/api/certificates/" + code + "/revocation",
                Json.createObjectBuilder().add("reason", "Présence falsifiée").build());
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    JsonObject after =
        api.as(participant).get("/api/me/authorisations").jsonArray().getJsonObject(0);
    assertThat(after.getBoolean("valid")).isFalse();
    assertThat(after.containsKey("revokedAt")).isTrue();
    assertThat(
            api.as(participant)
                .get("/api/me/notifications")
                .json()
                .getJsonArray("items")
                .toString())
        .contains("authorisation-revoked");
  }

  // --- outages ------------------------------------------------------------------------------

  static JsonObject outage(String kind, Instant start, Instant end, String reason) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("start", start.toString())
        .add("end", end.toString())
        .add("reason", reason)
        .build();
  }

  @Test
  void anOutageCancelsTheBookingsInItRefusesTheNextAndASessionInItPreventsIt() {
    Park park = park(false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate wednesday = Fixtures.monday(1).plusDays(2);
    LocalDate thursday = wednesday.plusDays(1);
    String booking =
        book(artisan, park.machine(), wednesday, "10:00", "12:00").json().getString("id");
    Person trainer = fixtures.artisan(park.manufacture());
    String training =
        fixtures
            .training(trainer, Fixtures.trainingBody(fixtures.knowHowOf(trainer)))
            .getString("id");
    String session =
        fixtures
            .session(
                trainer,
                training,
                Fixtures.sessionBody(
                        park.room(),
                        4,
                        paris(thursday.minusDays(2), "18:00"),
                        paris(thursday, "09:00"),
                        paris(thursday, "11:00"))
                    .add("machineIds", Json.createArrayBuilder().add(park.machine())))
            .getString("id");
    String outages =
        "/api/manufactures/" + park.manufacture() + "/machines/" + park.machine() + "/outages";

    Api.Response refused =
        api.as(park.manager())
            .post(
                outages,
                outage(
                    "OUT_OF_ORDER",
                    paris(thursday, "08:00"),
                    paris(thursday, "18:00"),
                    "Broche cassée"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("type")).endsWith("booking-conflict");
    assertThat(refused.json().getJsonObject("conflict").getString("holderType"))
        .isEqualTo("SESSION");
    assertThat(refused.json().getJsonObject("conflict").getString("holderId")).isEqualTo(session);
    // nothing was done: the booking of Wednesday still holds
    assertThat(
            api.as(artisan)
                .get("/api/me/machine-bookings")
                .jsonArray()
                .getJsonObject(0)
                .getString("status"))
        .isEqualTo("BOOKED");
    assertThat(
            api.as(artisan)
                .post(
                    outages,
                    outage(
                        "MAINTENANCE", paris(wednesday, "08:00"), paris(wednesday, "18:00"), "x"))
                .status())
        .isEqualTo(403);

    Api.Response declared =
        api.as(park.manager())
            .post(
                outages,
                outage(
                    "MAINTENANCE",
                    paris(wednesday, "07:50"),
                    paris(wednesday, "18:00"),
                    "Révision annuelle"));
    assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
    // widened to the quarter hour
    assertThat(declared.json().getString("start")).isEqualTo(paris(wednesday, "07:45").toString());
    JsonObject cancelled =
        api.as(artisan).get("/api/me/machine-bookings").jsonArray().getJsonObject(0);
    assertThat(cancelled.getString("id")).isEqualTo(booking);
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.getBoolean("countsAsUsed")).isFalse();
    assertThat(api.as(artisan).get("/api/me/notifications").json().getJsonArray("items").toString())
        .contains("machine-booking-cancelled");
    assertThat(api.get(outages).jsonArray()).hasSize(1);

    Api.Response duringIt =
        api.as(artisan)
            .header("Accept-Language", "fr")
            .post(
                "/api/machine-bookings",
                booking(park.machine(), paris(wednesday, "14:00"), paris(wednesday, "15:00")));
    assertThat(duringIt.status()).isEqualTo(409);
    assertThat(duringIt.json().getString("type")).endsWith("machine-out-of-service");
    assertThat(duringIt.json().getString("detail"))
        .contains("en maintenance")
        .contains("Révision annuelle");
    String wednesdayOnly =
        "/api/manufactures/"
            + park.manufacture()
            + "/machines/"
            + park.machine()
            + "/availability?from="
            + wednesday
            + "&to="
            + thursday;
    assertThat(windows(api.get(wednesdayOnly))).isEmpty();

    Api.Response lifted =
        api.as(park.manager())
            .post("/api/outages/" + declared.json().getString("id") + "/lift", null);
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(lifted.json().containsKey("liftedAt")).isTrue();
    assertThat(api.get(outages).jsonArray()).isEmpty();
    assertThat(windows(api.get(wednesdayOnly))).hasSize(1);
    assertThat(book(artisan, park.machine(), wednesday, "14:00", "15:00").status()).isEqualTo(201);
  }

  // --- races ---------------------------------------------------------------------------------

  @Test
  void twentyArtisansBookingTheSameSlotAtOnceGetOneBookingAndNineteenConflicts() throws Exception {
    Park park = park(true);
    List<Person> artisans = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Person artisan = fixtures.artisan(park.manufacture());
      authorise(park, artisan);
      artisans.add(artisan);
    }
    LocalDate tuesday = Fixtures.monday(1).plusDays(1);
    List<Api.Response> answers =
        AllAtOnce.each(artisans, a -> book(a, park.machine(), tuesday, "14:00", "16:00"));
    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    List<Api.Response> losers = answers.stream().filter(a -> a.status() != 201).toList();
    assertThat(losers).hasSize(19).allSatisfy(a -> assertThat(a.status()).isEqualTo(409));
    String winner =
        answers.stream()
            .filter(a -> a.status() == 201)
            .findFirst()
            .orElseThrow()
            .json()
            .getString("id");
    assertThat(losers)
        .allSatisfy(
            a -> {
              assertThat(a.json().getString("type")).endsWith("booking-conflict");
              assertThat(a.json().getString("detail")).contains("is already booked");
            });
    assertThat(losers.stream().filter(a -> a.json().containsKey("conflict")))
        .allSatisfy(
            a ->
                assertThat(a.json().getJsonObject("conflict").getString("holderId"))
                    .isEqualTo(winner));
    JsonArray held =
        api.as(park.manager())
            .get(
                "/api/manufactures/"
                    + park.manufacture()
                    + "/machines/"
                    + park.machine()
                    + "/bookings?from="
                    + paris(tuesday, "00:00")
                    + "&to="
                    + paris(tuesday.plusDays(1), "00:00"))
            .jsonArray();
    assertThat(held).hasSize(1);
  }

  @Test
  void onePersonBookingTwoMachinesForTheSameTimeAtOnceGetsOne() throws Exception {
    Park park = park(false);
    String second = machine(park.manufacture(), park.manager(), park.room(), false);
    Person artisan = fixtures.artisan(park.manufacture());
    LocalDate wednesday = Fixtures.monday(1).plusDays(2);
    for (int round = 0; round < 3; round++) {
      String from = "%02d:00".formatted(10 + round * 2);
      String to = "%02d:00".formatted(11 + round * 2);
      List<Api.Response> answers =
          AllAtOnce.each(
              List.of(park.machine(), second),
              machine -> book(artisan, machine, wednesday, from, to));
      assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
      Api.Response loser =
          answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
      assertThat(loser.json().getString("type")).endsWith("booking-conflict");
    }
    assertThat(api.as(artisan).get("/api/me/machine-bookings").jsonArray()).hasSize(3);
  }

  @Test
  void aSessionAndABookingOfItsMachineAtTheSameMomentCannotBothWin() throws Exception {
    Park park = park(false);
    Person trainer = fixtures.artisan(park.manufacture());
    Person artisan = fixtures.artisan(park.manufacture());
    String training =
        fixtures
            .training(trainer, Fixtures.trainingBody(fixtures.knowHowOf(trainer)))
            .getString("id");
    LocalDate thursday = Fixtures.monday(1).plusDays(3);
    // three rounds, each on its own half-day (a session's slot is a half-day)
    String[][] rounds = {{"09:00", "11:00"}, {"14:00", "16:00"}, {"15:00", "17:00"}};
    for (int round = 0; round < rounds.length; round++) {
      LocalDate day = round < 2 ? thursday : thursday.plusDays(1);
      String from = rounds[round][0];
      String to = rounds[round][1];
      JsonObject session =
          Fixtures.sessionBody(
                  park.room(),
                  4,
                  paris(thursday.minusDays(2), "18:00"),
                  paris(day, from),
                  paris(day, to))
              .add("machineIds", Json.createArrayBuilder().add(park.machine()))
              .build();
      List<Api.Response> answers =
          AllAtOnce.each(
              List.of("session", "booking"),
              what ->
                  what.equals("session")
                      ? api.as(trainer).post("/api/trainings/" + training + "/sessions", session)
                      : book(artisan, park.machine(), day, from, to));
      assertThat(answers)
          .as(answers.toString())
          .extracting(Api.Response::status)
          .containsExactlyInAnyOrder(201, 409);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  static List<String> windows(Api.Response availability) {
    assertThat(availability.status()).as(availability.toString()).isEqualTo(200);
    return availability.json().getJsonArray("windows").stream()
        .map(w -> w.asJsonObject().getString("start") + "/" + w.asJsonObject().getString("end"))
        .toList();
  }

  static List<String> fields(Api.Response problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }
}
