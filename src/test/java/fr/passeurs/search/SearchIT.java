package fr.passeurs.search;

import static fr.passeurs.testing.Fixtures.knowHowBody;
import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one search through REST: several kinds at once, French words, typos, facets, highlights,
 * suggestions, and the index following the database. Each test searches a word of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;
  String manufacture;
  Person manager;
  Person artisan;
  String word;

  @BeforeEach
  void arrange() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
    manufacture = fixtures.manufacture("NORMANDIE", 48.4329, 0.0913);
    manager = fixtures.manager(manufacture);
    artisan = fixtures.artisan(manufacture);
    word = Fixtures.uniqueWord();
  }

  private JsonObject search(String query) {
    Api.Response answer = api.get("/api/search?" + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private static List<String> kinds(JsonObject found) {
    return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("kind"))
        .toList();
  }

  /** A session of a new training of this know-how, the coming weeks; returns its id. */
  private String session(String knowHowId, int seats) {
    return sessionOf(fixtures.training(artisan, trainingBody(knowHowId)).getString("id"), seats);
  }

  /** A session of this training, the coming weeks; returns its id. */
  private String sessionOf(String trainingId, int seats) {
    String room = fixtures.room(manager, manufacture, 20);
    LocalDate day = monday(3);
    return fixtures
        .session(
            artisan,
            trainingId,
            sessionBody(
                room,
                seats,
                paris(day.minusDays(3), "18:00"),
                paris(day, "09:00"),
                paris(day, "12:30")))
        .getString("id");
  }

  @Test
  void findsKnowHowAndItsSessionsWithTheirFactsAndFacets() {
    String knowHow =
        fixtures.knowHow(artisan, knowHowBody("Dentelles " + word, "TEXTILE")).getString("id");
    String session = session(knowHow, 1);

    JsonObject found = search("q=" + word);
    assertThat(found.getInt("total")).isEqualTo(2);
    assertThat(kinds(found)).containsExactlyInAnyOrder("KNOW_HOW", "SESSION");
    assertThat(found.getJsonObject("facets").getJsonObject("kind").getInt("SESSION")).isEqualTo(1);
    assertThat(found.getJsonObject("facets").getJsonObject("domain").getInt("TEXTILE"))
        .isEqualTo(2);

    JsonObject sessions = search("q=" + word + "&kind=SESSION");
    JsonObject item = sessions.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("id")).isEqualTo(session);
    assertThat(item.getInt("freePlaces")).isEqualTo(1);
    assertThat(item.getBoolean("full")).isFalse();
    assertThat(item.getString("domain")).isEqualTo("TEXTILE");
    assertThat(item.getString("region")).isEqualTo("NORMANDIE");
    assertThat(item.getString("from")).isEqualTo(monday(3).toString());
    // the kind facet ignores the kind asked for
    assertThat(sessions.getJsonObject("facets").getJsonObject("kind").getInt("KNOW_HOW"))
        .isEqualTo(1);

    // a period after the session leaves it out, and keeps the know-how, which has no dates
    JsonObject later = search("q=" + word + "&from=" + monday(5));
    assertThat(kinds(later)).containsExactly("KNOW_HOW");
  }

  @Test
  void aFullSessionIsFoundMarkedFull() {
    String knowHow =
        fixtures.knowHow(artisan, knowHowBody("Vannerie " + word, "WOOD")).getString("id");
    String session = session(knowHow, 1);
    Person apprentice = fixtures.apprentice(LocalDate.of(2000, 1, 1));
    assertThat(api.as(apprentice).post("/api/sessions/" + session + "/enrolments", null).status())
        .isEqualTo(201);
    JsonObject item = search("q=" + word + "&kind=SESSION").getJsonArray("items").getJsonObject(0);
    assertThat(item.getBoolean("full")).isTrue();
    assertThat(item.getInt("freePlaces")).isZero();
  }

  @Test
  void pluralsBeginningsAndOneTypoFindTheWords() {
    fixtures.knowHow(artisan, knowHowBody("Couteaux " + word, "METAL"));
    assertThat(search("q=couteau+" + word).getInt("total")).isEqualTo(1);
    assertThat(search("q=" + word.substring(0, 6)).getInt("total")).isGreaterThanOrEqualTo(1);
    assertThat(search("q=COUTEAU+" + word.toUpperCase()).getInt("total")).isEqualTo(1);
    // one letter wrong in a long word: found, with the words searched instead
    String typo = word.substring(0, 5) + (word.charAt(5) == 'a' ? 'b' : 'a') + word.substring(6);
    JsonObject corrected = search("q=" + typo);
    assertThat(corrected.getInt("total")).isEqualTo(1);
    assertThat(corrected.getString("didYouMean")).isEqualTo(word);
    JsonObject exact = search("q=" + word);
    assertThat(exact.get("didYouMean")).isIn(null, JsonValue.NULL);
  }

  @Test
  void theWordsFoundAreMarked() {
    fixtures.knowHow(artisan, knowHowBody("Couteaux " + word, "METAL"));
    JsonObject item = search("q=couteau+" + word).getJsonArray("items").getJsonObject(0);
    JsonObject title = item.getJsonArray("highlights").getJsonObject(0);
    assertThat(title.getString("field")).isEqualTo("title");
    List<JsonObject> parts = title.getJsonArray("parts").getValuesAs(JsonObject.class);
    assertThat(parts)
        .filteredOn(part -> part.getBoolean("found"))
        .extracting(part -> part.getString("text"))
        .containsExactly("Couteaux", word);
  }

  @Test
  void anArchivedEntryLeavesAndANewSessionAppearsAtOnce() throws Exception {
    String knowHow =
        fixtures.knowHow(artisan, knowHowBody("Marqueterie " + word, "WOOD")).getString("id");
    assertThat(search("q=" + word).getInt("total")).isEqualTo(1);
    session(knowHow, 4);
    // the one who made it finds it in their next search (the instance applied the change first)
    assertThat(kinds(search("q=" + word))).containsExactlyInAnyOrder("KNOW_HOW", "SESSION");
    assertThat(api.as(artisan).delete("/api/know-how/" + knowHow).status()).isEqualTo(204);
    assertThat(kinds(search("q=" + word))).containsExactly("SESSION");
  }

  @Test
  void aSessionFollowsTheObjectivesOfItsTrainingWhenTheyAreRevised() {
    String knowHow =
        fixtures.knowHow(artisan, knowHowBody("Vannerie " + word, "WOOD")).getString("id");
    JsonObject training = fixtures.training(artisan, trainingBody(knowHow));
    String session = sessionOf(training.getString("id"), 6);
    String newWord = Fixtures.uniqueWord();
    assertThat(search("q=" + newWord).getInt("total")).isZero();

    Api.Response revised =
        api.as(artisan)
            .put(
                "/api/trainings/" + training.getString("id"),
                trainingBody(knowHow)
                    .add("title", training.getString("title"))
                    .add("objectives", "Tresser l'osier " + newWord + ".")
                    .add("version", training.getJsonNumber("version").longValue())
                    .build());
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

    JsonObject found = search("q=" + newWord);
    assertThat(kinds(found)).containsExactly("SESSION");
    assertThat(found.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(session);
  }

  @Test
  void aManufactureIsFoundByNameAndPlaceAndItsChangesFollow() {
    String other = fixtures.manufacture("BRETAGNE", 48.1173, -1.6778);
    JsonObject found = search("kind=MANUFACTURE&near=48.1173,-1.6778&radiusKm=1");
    assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(item -> item.getString("id"))
        .contains(other);
    Person otherManager = fixtures.manager(other);
    Api.Response renamed =
        api.as(otherManager)
            .put(
                "/api/manufactures/" + other,
                Fixtures.manufactureBody("Atelier " + word, "BRETAGNE", 48.1173, -1.6778).build());
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(search("q=" + word + "&kind=MANUFACTURE").getInt("total")).isEqualTo(1);
  }

  @Test
  void visitAndApprenticeshipOffersAreFoundAndLeaveWhenWithdrawnOrClosed() {
    String knowHow =
        fixtures.knowHow(artisan, knowHowBody("Tournage " + word, "WOOD")).getString("id");
    String room = fixtures.room(manager, manufacture, 30);
    String visit =
        fixtures
            .visitOffer(
                artisan,
                Fixtures.visitOfferBody(knowHow, room).add("title", "Visite du tour " + word))
            .getString("id");
    Api.Response offered =
        api.as(artisan)
            .post(
                "/api/apprenticeship-offers",
                jakarta.json.Json.createObjectBuilder()
                    .add("knowHowId", knowHow)
                    .add("title", "Apprentissage du tour " + word)
                    .add("description", "Deux ans à l'atelier.")
                    .add("places", 1)
                    .add("startDate", LocalDate.now().plusMonths(3).toString())
                    .add("durationMonths", 24)
                    .add("daysPerWeek", 4)
                    .add("requiredLevel", "BEGINNER")
                    .add("milestones", Fixtures.array("Tenir l'outil"))
                    .build());
    assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
    String apprenticeship = offered.json().getString("id");

    JsonObject found = search("q=" + word + "&kind=VISIT_OFFER&kind=APPRENTICESHIP_OFFER");
    assertThat(kinds(found)).containsExactlyInAnyOrder("VISIT_OFFER", "APPRENTICESHIP_OFFER");
    JsonObject visitItem =
        found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(item -> item.getString("kind").equals("VISIT_OFFER"))
            .findFirst()
            .orElseThrow();
    assertThat(visitItem.getJsonArray("levels").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("COLLEGE", "PRIMARY_CYCLE_3");
    assertThat(visitItem.getString("rarityName")).isNotBlank();
    // the list of apprenticeship offers is narrowed by the same words
    assertThat(ids("/api/apprenticeship-offers?q=" + word + "&size=100"))
        .containsExactly(apprenticeship);
    assertThat(ids("/api/apprenticeship-offers?q=" + Fixtures.uniqueWord())).isEmpty();
    assertThat(ids("/api/apprenticeship-offers?q=de&manufacture=" + manufacture))
        .containsExactly(apprenticeship);

    assertThat(api.as(artisan).post("/api/visit-offers/" + visit + "/withdraw", null).status())
        .isEqualTo(200);
    assertThat(
            api.as(artisan)
                .post("/api/apprenticeship-offers/" + apprenticeship + "/close", null)
                .status())
        .isEqualTo(200);
    assertThat(search("q=" + word + "&kind=VISIT_OFFER&kind=APPRENTICESHIP_OFFER").getInt("total"))
        .isZero();
    assertThat(ids("/api/apprenticeship-offers?status=ALL&q=" + word)).isEmpty();
    assertThat(ids("/api/apprenticeship-offers?status=ALL&manufacture=" + manufacture))
        .containsExactly(apprenticeship);
  }

  private List<String> ids(String path) {
    Api.Response answer = api.get(path);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("id"))
        .toList();
  }

  @Test
  void theListsOfSessionsAndClassVisitOffersAreNarrowedByWords() {
    String knowHow =
        fixtures.knowHow(artisan, knowHowBody("Émaillage " + word, "METAL")).getString("id");
    String session = session(knowHow, 4);
    String room = fixtures.room(manager, manufacture, 30);
    String visit =
        fixtures
            .visitOffer(
                artisan,
                Fixtures.visitOfferBody(knowHow, room).add("title", "L'émaillerie " + word))
            .getString("id");

    // the words narrow the list; its other filters still apply
    assertThat(ids("/api/sessions?q=" + word + "&manufacture=" + manufacture))
        .containsExactly(session);
    assertThat(ids("/api/sessions?q=emaillages+" + word)).containsExactly(session);
    assertThat(ids("/api/sessions?q=" + word + "&from=" + paris(monday(5), "00:00"))).isEmpty();
    assertThat(ids("/api/sessions?q=" + word + "+vitrail")).isEmpty();
    // small words alone narrow nothing
    assertThat(ids("/api/sessions?q=la+de&manufacture=" + manufacture)).containsExactly(session);
    assertThat(ids("/api/visit-offers?q=" + word)).containsExactly(visit);
    assertThat(ids("/api/visit-offers?q=emaillerie+" + word + "&level=COLLEGE"))
        .containsExactly(visit);
    assertThat(ids("/api/visit-offers?q=" + word + "&level=LYCEE")).isEmpty();

    // too many words are refused, as by the search
    Api.Response tooMany =
        api.header("Accept-Language", "en")
            .get("/api/sessions?q=bois+fer+lin+cuir+verre+pierre+laine+soie+osier+paille+corne");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("q").contains("10");
    assertThat(api.get("/api/visit-offers?q=" + "x".repeat(201)).status()).isEqualTo(400);
  }

  @Test
  void suggestionsCompleteTitles() {
    fixtures.knowHow(artisan, knowHowBody("Ferronnerie " + word, "METAL"));
    JsonObject suggested = api.get("/api/search/suggest?q=ferronn+" + word.substring(0, 5)).json();
    assertThat(suggested.getJsonArray("suggestions").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("Ferronnerie " + word);
  }

  @Test
  void badParametersAreRefusedInTheReadersLanguage() {
    Api.Response french = api.header("Accept-Language", "fr").get("/api/search?kind=CHAISE");
    assertThat(french.status()).isEqualTo(400);
    assertThat(french.body()).contains("kind").contains("doit être l’une de ces valeurs");
    Api.Response english =
        api.header("Accept-Language", "en").get("/api/search?from=2027-02-30&q=" + "x".repeat(201));
    assertThat(english.status()).isEqualTo(400);
    assertThat(english.body()).contains("from").contains("must be a day").contains("q");
    assertThat(api.get("/api/search?from=2027-03-01&to=2027-02-01").status()).isEqualTo(400);
  }
}
