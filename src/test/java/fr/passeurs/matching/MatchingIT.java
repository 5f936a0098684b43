package fr.passeurs.matching;

import static fr.passeurs.testing.Fixtures.array;
import static fr.passeurs.testing.Fixtures.knowHowBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.FakeSmtpServer;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.TestRuntime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Apprenticeship matching through the REST API: offers, profiles, recommendations, ranked
 * applications, masters' rankings and their privacy, rounds run in the background with their
 * explained outcome, accepting and declining, and places freed for the next round.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingIT {

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
  void resetClock() {
    api.post("/api/test/clock/0", null);
  }

  /** A manufacture (near Aubusson) with its manager. */
  record Place(String manufacture, Person manager) {}

  Place place() {
    String manufacture = fixtures.manufacture();
    return new Place(manufacture, fixtures.manager(manufacture));
  }

  /** A master of the manufacture and their offer of so many places; returns the offer. */
  JsonObject offer(Place place, Person master, int places, JsonObjectBuilder knowHow) {
    String knowHowId = fixtures.knowHow(master, knowHow).getString("id");
    Api.Response created =
        api.as(master).post("/api/apprenticeship-offers", offerBody(knowHowId, places).build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static JsonObjectBuilder offerBody(String knowHowId, int places) {
    return Json.createObjectBuilder()
        .add("knowHowId", knowHowId)
        .add("title", "Apprentissage " + Fixtures.uniqueWord())
        .add("description", "Deux ans à l'atelier, geste après geste.")
        .add("places", places)
        .add("startDate", LocalDate.now().plusMonths(3).toString())
        .add("durationMonths", 24)
        .add("daysPerWeek", 4)
        .add("requiredLevel", "BEGINNER")
        .add("milestones", array("Préparer la matière", "Tenir l'outil", "Une pièce entière"));
  }

  /** An apprentice of 20 living near the manufactures, travelling 100 km, with a profile. */
  Person apprentice(String craftCode) {
    Person apprentice = fixtures.apprentice(LocalDate.now().minusYears(20));
    Api.Response described =
        api.as(apprentice).put("/api/me/apprentice-profile", profileBody(craftCode).build());
    assertThat(described.status()).as(described.toString()).isEqualTo(200);
    return apprentice;
  }

  static JsonObjectBuilder profileBody(String craftCode) {
    return Json.createObjectBuilder()
        .add("craftCodes", array(craftCode))
        .add("knowHowIds", Json.createArrayBuilder())
        .add("homeCity", "Guéret")
        .add("home", "46.17,1.87")
        .add("travelKm", 100)
        .add("availableFrom", LocalDate.now().plusMonths(1).toString())
        .add("level", "BEGINNER")
        .add("experience", "Un CAP d'ébéniste.")
        .add("motivation", "Apprendre un geste rare.");
  }

  Api.Response applyTo(Person apprentice, String... offerIds) {
    return api.as(apprentice)
        .put(
            "/api/me/applications",
            Json.createObjectBuilder().add("offerIds", array(offerIds)).build());
  }

  Api.Response rank(Person master, String offerId, String... apprenticeIdsBestFirst) {
    JsonArrayBuilder ranked = Json.createArrayBuilder();
    for (int i = 0; i < apprenticeIdsBestFirst.length; i++) {
      ranked.add(
          Json.createObjectBuilder()
              .add("apprenticeId", apprenticeIdsBestFirst[i])
              .add("priority", i + 1));
    }
    return api.as(master)
        .put(
            "/api/apprenticeship-offers/" + offerId + "/ranking",
            Json.createObjectBuilder()
                .add("ranked", ranked)
                .add("unacceptable", Json.createArrayBuilder())
                .build());
  }

  /** Starts a round over the manufacture and waits for its end. */
  JsonObject round(Place place) {
    Api.Response started =
        api.as(place.manager())
            .post(
                "/api/matching-rounds",
                Json.createObjectBuilder().add("manufactureId", place.manufacture()).build());
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    return awaitEnd(place.manager(), started.json().getString("id"));
  }

  JsonObject awaitEnd(Person manager, String roundId) {
    Instant limit = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(limit)) {
      JsonObject round = api.as(manager).get("/api/matching-rounds/" + roundId).json();
      if (!round.getString("status").equals("RUNNING")) {
        return round;
      }
      sleep(200);
    }
    throw new AssertionError("the round did not end within a minute");
  }

  @Test
  void aMasterPublishesAnOfferAndBadOnesAreRefusedWithTheirFields() {
    Place place = place();
    Person master = fixtures.artisan(place.manufacture());
    String knowHowId = fixtures.knowHowOf(master);
    Api.Response bad =
        api.as(master)
            .post(
                "/api/apprenticeship-offers",
                offerBody(knowHowId, 0)
                    .add("durationMonths", 0)
                    .add("requiredLevel", "GURU")
                    .add("milestones", array())
                    .build());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("places", "durationMonths", "requiredLevel", "milestones");
    Api.Response notHeld =
        api.as(fixtures.artisan(place.manufacture()))
            .post("/api/apprenticeship-offers", offerBody(knowHowId, 1).build());
    assertThat(notHeld.status()).isEqualTo(403);
    assertThat(
            api.as(fixtures.apprentice())
                .post("/api/apprenticeship-offers", offerBody(knowHowId, 1).build())
                .status())
        .isEqualTo(403);

    Api.Response created =
        api.as(master).post("/api/apprenticeship-offers", offerBody(knowHowId, 2).build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject offer = created.json();
    assertThat(offer.getInt("freePlaces")).isEqualTo(2);
    assertThat(offer.getJsonArray("milestones")).hasSize(3);
    assertThat(offer.getJsonObject("knowHow").getString("rarity")).isEqualTo("CRITICAL");
    assertThat(api.get("/api/apprenticeship-offers/" + offer.getString("id")).status())
        .isEqualTo(200);
    assertThat(ids(api.get("/api/apprenticeship-offers?manufacture=" + place.manufacture()).json()))
        .containsExactly(offer.getString("id"));
  }

  @Test
  void recommendationsFavourRareKnowHowAndSayWhy() {
    Place place = place();
    Person master = fixtures.artisan(place.manufacture());
    String craft = "lissier";
    JsonObject rare =
        offer(
            place,
            master,
            1,
            knowHowBody("Rare " + Fixtures.uniqueWord(), "TEXTILE").add("craftCode", craft));
    JsonObject taught =
        offer(
            place,
            master,
            1,
            knowHowBody("Enseigné " + Fixtures.uniqueWord(), "TEXTILE")
                .add("craftCode", craft)
                .add("trainedOutside", true));
    JsonObject tooHigh =
        offer(
            place,
            master,
            1,
            knowHowBody("Expert " + Fixtures.uniqueWord(), "TEXTILE").add("craftCode", craft));
    assertThat(
            api.as(master)
                .put(
                    "/api/apprenticeship-offers/" + tooHigh.getString("id"),
                    offerBody(tooHigh.getJsonObject("knowHow").getString("id"), 1)
                        .add("requiredLevel", "ADVANCED")
                        .build())
                .status())
        .isEqualTo(200);

    Person apprentice = apprentice(craft);
    JsonObject page = api.as(apprentice).get("/api/me/recommended-offers?size=100").json();
    List<String> recommended =
        page.getJsonArray("items").stream()
            .map(i -> i.asJsonObject().getJsonObject("offer").getString("id"))
            .toList();
    assertThat(recommended).containsSubsequence(rare.getString("id"), taught.getString("id"));
    assertThat(recommended).doesNotContain(tooHigh.getString("id"));
    JsonObject first =
        page.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getJsonObject("offer").getString("id").equals(rare.getString("id")))
            .findFirst()
            .orElseThrow();
    assertThat(first.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")))
        .contains("CRAFT_OF_INTEREST", "WITHIN_REACH", "RARE_KNOW_HOW");
    assertThat(first.getJsonNumber("distanceKm").doubleValue()).isBetween(10.0, 60.0);

    Person far = fixtures.apprentice(LocalDate.now().minusYears(20));
    api.as(far)
        .put(
            "/api/me/apprentice-profile",
            profileBody(craft).add("home", "48.85,2.35").add("travelKm", 30).build());
    assertThat(
            api.as(far).get("/api/me/recommended-offers").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonObject("offer").getString("id")))
        .doesNotContain(rare.getString("id"));
  }

  @Test
  void applicationsAreRankedPrivateAndChecked() {
    Place place = place();
    Person master = fixtures.artisan(place.manufacture());
    List<String> offers = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      offers.add(
          offer(place, master, 1, knowHowBody("Savoir " + Fixtures.uniqueWord(), "METAL"))
              .getString("id"));
    }
    Person apprentice = apprentice("coutelier");
    Api.Response tooMany = applyTo(apprentice, offers.toArray(String[]::new));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(applyTo(apprentice, offers.get(0), offers.get(0)).status()).isEqualTo(400);
    Person young = fixtures.apprentice(LocalDate.now().minusYears(20));
    assertThat(applyTo(young, offers.get(0)).json().getString("type")).endsWith("profile-needed");

    Api.Response applied = applyTo(apprentice, offers.get(2), offers.get(0));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    assertThat(applied.jsonArray().stream().map(o -> o.asJsonObject().getString("id")))
        .containsExactly(offers.get(2), offers.get(0));
    Api.Response mine = api.as(apprentice).get("/api/me/applications");
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    assertThat(mine.jsonArray().stream().map(o -> o.asJsonObject().getString("id")))
        .containsExactly(offers.get(2), offers.get(0));
    assertThat(
            api.as(apprentice)
                .get("/api/me/apprentice-profile")
                .json()
                .getJsonArray("applications"))
        .hasSize(2);

    // The master sees who applied, not where they ranked the offer; others see nothing.
    Api.Response applicants =
        api.as(master).get("/api/apprenticeship-offers/" + offers.get(0) + "/applicants");
    assertThat(applicants.status()).isEqualTo(200);
    assertThat(applicants.jsonArray()).hasSize(1);
    assertThat(applicants.body()).doesNotContain("choice").doesNotContain(offers.get(2));
    assertThat(
            api.as(fixtures.artisan(place.manufacture()))
                .get("/api/apprenticeship-offers/" + offers.get(0) + "/applicants")
                .status())
        .isEqualTo(403);
    assertThat(
            api.as(young)
                .get("/api/apprenticeship-offers/" + offers.get(0) + "/applicants")
                .status())
        .isEqualTo(403);
    assertThat(rank(master, offers.get(0), young.id()).status())
        .as("not an applicant")
        .isEqualTo(400);

    Api.Response ranked = rank(master, offers.get(0), apprentice.id());
    assertThat(ranked.status()).as(ranked.toString()).isEqualTo(200);
    assertThat(ranked.jsonArray().getJsonObject(0).getInt("priority")).isEqualTo(1);
    assertThat(
            api.as(apprentice)
                .get("/api/apprenticeship-offers/" + offers.get(0) + "/applicants")
                .status())
        .isEqualTo(403);

    // Closed by its master, an offer takes no more applications.
    assertThat(
            api.as(apprentice)
                .post("/api/apprenticeship-offers/" + offers.get(2) + "/close", null)
                .status())
        .isEqualTo(403);
    Api.Response closed =
        api.as(master).post("/api/apprenticeship-offers/" + offers.get(2) + "/close", null);
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
    assertThat(applyTo(apprentice("coutelier"), offers.get(2)).status()).isBetween(400, 409);
  }

  @Test
  void aRoundMatchesStablyExplainsItselfAndPlacesAreAcceptedOrFreed() throws Exception {
    Place place = place();
    Person masterA = fixtures.artisan(place.manufacture());
    Person masterB = fixtures.artisan(place.manufacture());
    String a =
        offer(place, masterA, 1, knowHowBody("A " + Fixtures.uniqueWord(), "WOOD")).getString("id");
    String b =
        offer(place, masterB, 1, knowHowBody("B " + Fixtures.uniqueWord(), "WOOD")).getString("id");
    Person x = apprentice("ebeniste");
    Person y = apprentice("ebeniste");
    Person z = apprentice("ebeniste");
    applyTo(x, a, b);
    applyTo(y, a, b);
    applyTo(z, a);
    rank(masterA, a, z.id(), y.id(), x.id());
    rank(masterB, b, x.id(), y.id());

    JsonObject round = round(place);
    assertThat(round.getString("status")).as(round.toString()).isEqualTo("DONE");
    assertThat(round.getInt("applicants")).as(round.toString()).isEqualTo(3);
    assertThat(round.getInt("matched")).isEqualTo(2);
    assertThat(round.getString("phase")).isEqualTo("FINISHED");
    assertThat(round.getInt("progressTotal")).isEqualTo(6);
    assertThat(round.getInt("progressDone")).isEqualTo(6);

    // z gets A (A's master ranked z first); x gets B; y, whom A ranked under z and B under x, gets
    // none.
    assertThat(outcome(z).getString("offerId")).isEqualTo(a);
    assertThat(outcome(x).getString("offerId")).isEqualTo(b);
    JsonObject none = outcome(y);
    assertThat(none.containsKey("offerId")).isFalse();
    assertThat(
            none.getJsonObject("explanation").getJsonArray("preferred").stream()
                .map(p -> p.asJsonObject().getString("reason")))
        .containsExactly("PLACES_WENT_TO_HIGHER_RANKED", "PLACES_WENT_TO_HIGHER_RANKED");
    assertThat(kinds(y)).contains("MATCH_NONE");
    assertThat(kinds(x)).contains("MATCH_PROPOSED");
    assertThat(kinds(masterA)).contains("MATCH_FOR_MASTER");
    // The round's notices are mailed too, each to its own recipient.
    FakeSmtpServer smtp = TestRuntime.smtp();
    FakeSmtpServer.Received toY = smtp.awaitOne(y.email(), Duration.ofSeconds(60));
    assertThat(toY.part("text/plain")).as(toY.data()).contains("ne vous a pas trouvé de place");
    FakeSmtpServer.Received toMaster = smtp.awaitOne(masterA.email(), Duration.ofSeconds(60));
    assertThat(toMaster.part("text/plain")).as(toMaster.data()).contains("Bonjour");

    // z accepts: an apprenticeship with the plan; the master marks its first milestone.
    String zMatch = onlyMatch(z).getString("id");
    Api.Response accepted = api.as(z).post("/api/me/matches/" + zMatch + "/accept", null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    String apprenticeship = accepted.json().getString("id");
    assertThat(accepted.json().getJsonArray("milestones")).hasSize(3);
    assertThat(api.as(z).post("/api/me/matches/" + zMatch + "/decline", null).status())
        .isEqualTo(409);
    Api.Response reached =
        api.as(masterA)
            .post("/api/apprenticeships/" + apprenticeship + "/milestones/0/reached", null);
    assertThat(reached.json().getInt("reached")).isEqualTo(1);
    assertThat(
            api.as(z)
                .post("/api/apprenticeships/" + apprenticeship + "/milestones/1/reached", null)
                .status())
        .isEqualTo(403);
    assertThat(api.as(z).get("/api/apprenticeships").jsonArray()).hasSize(1);

    // x declines B: the place is free, and the next round gives it to y.
    Api.Response declined =
        api.as(x).post("/api/me/matches/" + onlyMatch(x).getString("id") + "/decline", null);
    assertThat(declined.json().getString("status")).isEqualTo("DECLINED");
    assertThat(api.get("/api/apprenticeship-offers/" + b).json().getInt("freePlaces")).isEqualTo(1);
    applyTo(x);
    JsonObject second = round(place);
    assertThat(second.getString("status")).isEqualTo("DONE");
    assertThat(outcome(y).getString("offerId")).isEqualTo(b);
    assertThat(api.get("/api/apprenticeship-offers/" + b).json().getInt("freePlaces")).isZero();
  }

  @Test
  void anUnansweredPlaceExpiresAndGoesBackToTheOffer() {
    Place place = place();
    Person master = fixtures.artisan(place.manufacture());
    String offer =
        offer(place, master, 1, knowHowBody("C " + Fixtures.uniqueWord(), "METAL")).getString("id");
    Person apprentice = apprentice("forgeron");
    applyTo(apprentice, offer);
    JsonObject round = round(place);
    Instant respondBy = Instant.parse(round.getString("respondBy"));
    assertThat(api.get("/api/apprenticeship-offers/" + offer).json().getInt("freePlaces")).isZero();

    api.post(
        "/api/test/clock/" + Duration.between(Instant.now(), respondBy.plusSeconds(60)).toSeconds(),
        null);
    assertThat(api.post("/api/test/jobs/matches", null).json().getInt("expired"))
        .isGreaterThanOrEqualTo(1);
    assertThat(onlyMatch(apprentice).getString("status")).isEqualTo("EXPIRED");
    assertThat(api.get("/api/apprenticeship-offers/" + offer).json().getInt("freePlaces"))
        .isEqualTo(1);
    assertThat(
            api.as(apprentice)
                .post("/api/me/matches/" + onlyMatch(apprentice).getString("id") + "/accept", null)
                .status())
        .isEqualTo(409);
  }

  @Test
  void oneRoundAtATimeOverTheSameOffersAndOnlyTheirManagersRunIt() throws Exception {
    Place place = place();
    Person master = fixtures.artisan(place.manufacture());
    offer(place, master, 1, knowHowBody("D " + Fixtures.uniqueWord(), "WOOD"));
    for (int i = 0; i < 30; i++) {
      applyTo(apprentice("ebeniste"));
    }
    assertThat(
            api.as(fixtures.manager(fixtures.manufacture()))
                .post(
                    "/api/matching-rounds",
                    Json.createObjectBuilder().add("manufactureId", place.manufacture()).build())
                .status())
        .isEqualTo(403);
    assertThat(
            api.as(master)
                .post("/api/matching-rounds", Json.createObjectBuilder().build())
                .status())
        .isEqualTo(403);

    int clients = 6;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return api.as(place.manager())
                    .post(
                        "/api/matching-rounds",
                        Json.createObjectBuilder()
                            .add("manufactureId", place.manufacture())
                            .build());
              }));
    }
    start.countDown();
    List<Api.Response> done = new ArrayList<>();
    for (Future<Api.Response> f : answers) {
      done.add(f.get());
    }
    pool.shutdown();
    List<Api.Response> started = done.stream().filter(r -> r.status() == 202).toList();
    assertThat(started).hasSizeGreaterThanOrEqualTo(1);
    assertThat(done.stream().filter(r -> r.status() != 202))
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.toString()).isEqualTo(409);
              assertThat(r.json().getString("type")).endsWith("round-running");
            });
    for (Api.Response r : started) {
      assertThat(awaitEnd(place.manager(), r.json().getString("id")).getString("status"))
          .isEqualTo("DONE");
    }
    assertThat(api.as(place.manager()).get("/api/matching-rounds").jsonArray())
        .hasSize(started.size());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private JsonObject outcome(Person apprentice) {
    Api.Response answer = api.as(apprentice).get("/api/me/matches/outcome");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private JsonObject onlyMatch(Person apprentice) {
    return api.as(apprentice).get("/api/me/matches").jsonArray().getJsonObject(0);
  }

  private List<String> kinds(Person person) {
    return api
        .as(person)
        .get("/api/me/notifications?size=100")
        .json()
        .getJsonArray("items")
        .stream()
        .map(n -> n.asJsonObject().getString("kind"))
        .toList();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
  }

  private static List<String> fields(Api.Response problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
