package fr.passeurs.catalogue;

import static fr.passeurs.testing.Fixtures.array;
import static fr.passeurs.testing.Fixtures.knowHowBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
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
 * The know-how catalogue through the REST API: crafts, entries, rarity, permissions, archiving and
 * search. Each test writes entries with a word of its own, so that its searches see only its own
 * data whatever else the database holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;
  String manufacture;
  Person artisan;

  @BeforeEach
  void arrange() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
    manufacture = fixtures.manufacture();
    artisan = fixtures.artisan(manufacture);
  }

  // --- crafts -------------------------------------------------------------------------------

  @Test
  void craftsAreTheOfficialListWithTheirSources() {
    JsonObject all = api.get("/api/crafts?size=100").json();
    assertThat(all.getInt("total")).isEqualTo(67);
    JsonObject ebeniste = api.get("/api/crafts/ebeniste").json();
    assertThat(ebeniste.getString("nameFr")).isEqualTo("Ebéniste");
    assertThat(ebeniste.getString("domain")).isEqualTo("WOOD");
    assertThat(ebeniste.getString("source")).isEqualTo("arrete-2003-12-12");

    JsonObject wood = api.get("/api/crafts?domain=WOOD&size=100").json();
    assertThat(wood.getInt("total")).isEqualTo(19);
    assertThat(wood.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("domain")))
        .containsOnly("WOOD");

    JsonObject firstPage = api.get("/api/crafts").json();
    assertThat(firstPage.getInt("size")).isEqualTo(20);
    assertThat(firstPage.getJsonArray("items")).hasSize(20);

    assertThat(api.get("/api/crafts/no-such-craft").status()).isEqualTo(404);
    assertThat(api.get("/api/crafts?domain=PLASTIC").status()).isEqualTo(400);
  }

  // --- writing entries ----------------------------------------------------------------------

  @Test
  void artisanWritesAnEntryTheyHold() {
    JsonObject created =
        fixtures.knowHow(
            artisan,
            knowHowBody("Marqueterie de paille " + Fixtures.uniqueWord(), "WOOD")
                .add("craftCode", "marqueteur-de-pailles")
                .add("techniques", array("Fendage", "Aplatissage", "Collage"))
                .add("region", "GRAND_EST")
                .add("recognition", "INVENTORY")
                .add("recognitionUrl", "https://pci-lab.fr/fiche"));

    assertThat(holders(created)).containsExactly(artisan.id());
    assertThat(created.getJsonObject("manufacture").getString("id")).isEqualTo(manufacture);
    assertThat(created.getJsonObject("craft").getString("nameFr"))
        .isEqualTo("Marqueteur de pailles");
    assertThat(
            created
                .getJsonArray("techniques")
                .getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
        .containsExactly("Fendage", "Aplatissage", "Collage");
    assertThat(created.getJsonObject("recognition").getString("type")).isEqualTo("INVENTORY");
    assertThat(created.getBoolean("editable")).isTrue();

    JsonObject read = api.get("/api/know-how/" + created.getString("id")).json();
    assertThat(read.getString("title")).isEqualTo(created.getString("title"));
    assertThat(read.getBoolean("editable")).isFalse();
    assertThat(read.getJsonArray("holders").getJsonObject(0).getString("displayName"))
        .startsWith("Person");
  }

  @Test
  void rarityFollowsActiveHoldersAndTraining() {
    Person second = fixtures.artisan(manufacture);
    Person third = fixtures.pendingArtisan(manufacture);
    Person fourth = fixtures.artisan(manufacture);
    String word = Fixtures.uniqueWord();
    String title = "Dentelle " + word;
    JsonObject entry = fixtures.knowHow(artisan, knowHowBody(title, "TEXTILE"));
    String id = entry.getString("id");
    assertRarity(entry, "CRITICAL", 1, false);
    assertThat(search(word, "&rarity=CRITICAL")).containsExactly(id);
    assertThat(entry.getJsonObject("rarity").getString("reason"))
        .isEqualTo("1 active holder, no training exists");

    JsonObject withPending =
        revise(
            id,
            knowHowBody(title, "TEXTILE")
                .add("holderIds", array(artisan.id(), second.id(), third.id())));
    assertRarity(withPending, "ENDANGERED", 2, false);

    fixtures.activate(third);
    assertRarity(api.get("/api/know-how/" + id).json(), "ENDANGERED", 3, false);
    assertThat(search(word, "&rarity=CRITICAL")).isEmpty();
    assertThat(search(word, "&rarity=ENDANGERED")).containsExactly(id);

    JsonObject trained =
        revise(
            id,
            knowHowBody(title, "TEXTILE")
                .add("holderIds", array(artisan.id(), second.id(), third.id()))
                .add("trainedOutside", true));
    assertRarity(trained, "VULNERABLE", 3, true);
    assertThat(trained.getJsonObject("rarity").getString("reason"))
        .isEqualTo("3 active holders, a training exists");

    JsonObject four =
        revise(
            id,
            knowHowBody(title, "TEXTILE")
                .add("holderIds", array(artisan.id(), second.id(), third.id(), fourth.id()))
                .add("trainedOutside", true));
    assertRarity(four, "SAFE", 4, true);
    assertThat(search(word, "&rarity=SAFE")).containsExactly(id);

    JsonObject untrained =
        revise(
            id,
            knowHowBody(title, "TEXTILE")
                .add("holderIds", array(artisan.id(), second.id(), third.id(), fourth.id())));
    assertRarity(untrained, "VULNERABLE", 4, false);
  }

  @Test
  void rarityCannotBeTypedIn() {
    JsonObject entry =
        fixtures.knowHow(
            artisan,
            knowHowBody("Forge " + Fixtures.uniqueWord(), "METAL")
                .add("rarity", Json.createObjectBuilder().add("level", "SAFE")));
    assertRarity(entry, "CRITICAL", 1, false);
  }

  @Test
  void invalidEntriesAreRefusedWithTheFieldsAtFault() {
    assertInvalid(knowHowBody("Ok title", "PLASTIC"), "domain");
    assertInvalid(knowHowBody("Ok title", "TEXTILE").add("craftCode", "ebeniste"), "craftCode");
    assertInvalid(
        knowHowBody("Ok title", "TEXTILE").add("craftCode", "no-such-craft"), "craftCode");
    assertInvalid(
        knowHowBody("Ok title", "TEXTILE").add("recognition", "UNESCO"), "recognitionUrl");
    assertInvalid(
        knowHowBody("Ok title", "TEXTILE").add("recognitionUrl", "https://example.org"),
        "recognition");
    assertInvalid(
        knowHowBody("Ok title", "TEXTILE")
            .add("recognition", "INVENTORY")
            .add("recognitionUrl", "ftp:x"),
        "recognitionUrl");
    assertInvalid(knowHowBody("Ok", "TEXTILE"), "title");
    assertInvalid(knowHowBody("Ok title", "TEXTILE").add("region", "ATLANTIS"), "region");
    assertInvalid(
        knowHowBody("Ok title", "TEXTILE").add("holderIds", array(fixtures.apprentice().id())),
        "holderIds");
    assertInvalid(
        knowHowBody("Ok title", "TEXTILE").add("techniques", array("a", " ", "c")),
        "techniques[1]");
    String[] many = new String[21];
    java.util.Arrays.fill(many, "x");
    assertInvalid(knowHowBody("Ok title", "TEXTILE").add("techniques", array(many)), "techniques");
    assertInvalid(
        knowHowBody("Ok title", "TEXTILE").add("manufactureId", fixtures.manufacture()),
        "manufactureId");
  }

  @Test
  void whoMayWriteAndEdit() {
    Person apprentice = fixtures.apprentice();
    Person colleague = fixtures.artisan(manufacture);
    Person manager = fixtures.manager(manufacture);
    Person otherManager = fixtures.manager(fixtures.manufacture());
    JsonObject body = knowHowBody("Coutellerie " + Fixtures.uniqueWord(), "METAL").build();

    assertThat(api.post("/api/know-how", body).status()).isEqualTo(401);
    assertThat(api.as(apprentice).post("/api/know-how", body).status()).isEqualTo(403);

    String id = fixtures.knowHow(artisan, Json.createObjectBuilder(body)).getString("id");
    String path = "/api/know-how/" + id;
    assertThat(api.as(colleague).put(path, body).status()).isEqualTo(403);
    assertThat(api.as(otherManager).put(path, body).status()).isEqualTo(403);
    assertThat(api.as(apprentice).put(path, body).status()).isEqualTo(403);
    assertThat(api.as(colleague).delete(path).status()).isEqualTo(403);
    assertThat(api.as(manager).put(path, body).status()).isEqualTo(200);
    assertThat(fixtures.asAdmin().put(path, body).status()).isEqualTo(200);
    assertThat(api.as(artisan).put(path, body).status()).isEqualTo(200);
    assertThat(api.put("/api/know-how/00000000-0000-0000-0000-000000000000", body).status())
        .isEqualTo(401);
    assertThat(
            api.as(artisan)
                .put("/api/know-how/00000000-0000-0000-0000-000000000000", body)
                .status())
        .isEqualTo(404);
  }

  @Test
  void managerWritesForTheirManufactureWithItsArtisansAsHolders() {
    Person manager = fixtures.manager(manufacture);
    JsonObject entry =
        fixtures.knowHow(
            manager,
            knowHowBody("Tapisserie " + Fixtures.uniqueWord(), "TEXTILE")
                .add("holderIds", array(artisan.id())));
    assertThat(entry.getJsonObject("manufacture").getString("id")).isEqualTo(manufacture);
    assertThat(holders(entry)).containsExactly(artisan.id());

    JsonObject mine = api.as(manager).get("/api/me/know-how?size=100").json();
    assertThat(ids(mine)).contains(entry.getString("id"));
  }

  @Test
  void archivedEntryLeavesThePublicCatalogueButNotItsOwners() {
    Person manager = fixtures.manager(manufacture);
    String word = Fixtures.uniqueWord();
    String id = fixtures.knowHow(artisan, knowHowBody("Vannerie " + word, "WOOD")).getString("id");
    assertThat(api.get("/api/know-how?q=" + word).json().getInt("total")).isEqualTo(1);

    assertThat(api.as(artisan).delete("/api/know-how/" + id).status()).isEqualTo(204);

    assertThat(api.get("/api/know-how/" + id).status()).isEqualTo(404);
    assertThat(api.as(fixtures.apprentice()).get("/api/know-how/" + id).status()).isEqualTo(404);
    assertThat(api.get("/api/know-how?q=" + word).json().getInt("total")).isZero();
    JsonObject seenByOwner = api.as(artisan).get("/api/know-how/" + id).json();
    assertThat(seenByOwner.getBoolean("archived")).isTrue();
    assertThat(api.as(manager).get("/api/know-how/" + id).json().getBoolean("archived")).isTrue();
    JsonObject mine = api.as(artisan).get("/api/me/know-how").json();
    assertThat(
            mine.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> item.getString("id").equals(id)))
        .singleElement()
        .satisfies(item -> assertThat(item.getBoolean("archived")).isTrue());

    Api.Response edit =
        api.as(artisan).put("/api/know-how/" + id, knowHowBody("Vannerie " + word, "WOOD").build());
    assertThat(edit.status()).isEqualTo(409);
  }

  @Test
  void staleVersionIsAConflict() {
    String title = "Gravure " + Fixtures.uniqueWord();
    JsonObject entry = fixtures.knowHow(artisan, knowHowBody(title, "METAL"));
    long version = entry.getJsonNumber("version").longValue();
    String path = "/api/know-how/" + entry.getString("id");

    Api.Response first =
        api.as(artisan)
            .put(path, knowHowBody(title + " I", "METAL").add("version", version).build());
    assertThat(first.status()).isEqualTo(200);
    Api.Response second =
        api.as(artisan)
            .put(path, knowHowBody(title + " II", "METAL").add("version", version).build());
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().getString("type")).endsWith("concurrent-update");
    assertThat(api.get(path).json().getString("title")).isEqualTo(title + " I");
  }

  // --- search -------------------------------------------------------------------------------

  @Test
  void everyWordMustMatchAsAPrefixIgnoringCaseAndAccents() {
    String word = Fixtures.uniqueWord();
    String lace =
        fixtures
            .knowHow(artisan, knowHowBody("Dentelle au point d'Alençon " + word, "TEXTILE"))
            .getString("id");
    String forge =
        fixtures.knowHow(artisan, knowHowBody("Forge de lames " + word, "METAL")).getString("id");

    assertThat(search("dentelle alencon " + word)).containsExactly(lace);
    assertThat(search("DENTELLE ALENÇON " + word)).containsExactly(lace);
    assertThat(search("forg " + word)).containsExactly(forge);
    assertThat(search(word.substring(0, 6))).containsExactlyInAnyOrder(lace, forge);
    assertThat(search("dentelle forge " + word)).isEmpty();
    assertThat(search("point d'alençon " + word)).containsExactly(lace);
  }

  @Test
  void craftNameMatchesWithOrWithoutAccents() {
    String word = Fixtures.uniqueWord();
    String id =
        fixtures
            .knowHow(
                artisan,
                knowHowBody("Commode Louis XV " + word, "WOOD").add("craftCode", "ebeniste"))
            .getString("id");
    assertThat(search("ebeniste " + word)).containsExactly(id);
    assertThat(search("ÉBÉNISTE " + word)).containsExactly(id);
    assertThat(search("Ebéniste " + word)).containsExactly(id);
    assertThat(search("cabinetmaker " + word)).containsExactly(id);
  }

  @Test
  void searchCoversSummaryDescriptionAndTechniquesAndRanksTheTitleFirst() {
    String word = Fixtures.uniqueWord();
    String inTitle =
        fixtures.knowHow(artisan, knowHowBody("Tissage " + word, "TEXTILE")).getString("id");
    String inTechnique =
        fixtures
            .knowHow(
                artisan,
                knowHowBody("Autre chose", "TEXTILE").add("techniques", array("Teinture " + word)))
            .getString("id");
    String inSummary =
        fixtures
            .knowHow(
                artisan, knowHowBody("Encore autre", "TEXTILE").add("summary", "Un résumé " + word))
            .getString("id");
    String inDescription =
        fixtures
            .knowHow(
                artisan,
                knowHowBody("Rien à voir", "TEXTILE").add("description", "Long texte " + word))
            .getString("id");

    // the title counts most, then the summary; the description and techniques are searched too
    List<String> found = search(word);
    assertThat(found).hasSize(4).startsWith(inTitle, inSummary);
    assertThat(found.subList(2, 4)).containsExactlyInAnyOrder(inTechnique, inDescription);
  }

  @Test
  void filtersNarrowTheResults() {
    String word = Fixtures.uniqueWord();
    String other = fixtures.manufacture();
    Person elsewhere = fixtures.artisan(other);
    String wood =
        fixtures
            .knowHow(
                artisan,
                knowHowBody("Un " + word, "WOOD")
                    .add("craftCode", "tourneur-sur-bois")
                    .add("region", "BRETAGNE"))
            .getString("id");
    String metal =
        fixtures
            .knowHow(
                elsewhere,
                knowHowBody("Deux " + word, "METAL")
                    .add("region", "OCCITANIE")
                    .add("trainedOutside", true))
            .getString("id");

    assertThat(search(word, "&domain=WOOD")).containsExactly(wood);
    assertThat(search(word, "&domain=metal")).containsExactly(metal);
    assertThat(search(word, "&craft=tourneur-sur-bois")).containsExactly(wood);
    assertThat(search(word, "&region=OCCITANIE")).containsExactly(metal);
    assertThat(search(word, "&rarity=CRITICAL")).containsExactly(wood);
    assertThat(search(word, "&rarity=VULNERABLE")).containsExactly(metal);
    assertThat(search(word, "&manufactureId=" + other)).containsExactly(metal);
  }

  @Test
  void nearAPlaceKeepsWhatIsWithinTheRadiusSortedByDistance() {
    String word = Fixtures.uniqueWord();
    String aubusson = fixtures.manufacture("NOUVELLE_AQUITAINE", 45.9559, 2.1680);
    String felletin = fixtures.manufacture("NOUVELLE_AQUITAINE", 45.8833, 2.1744);
    String thiers = fixtures.manufacture("AUVERGNE_RHONE_ALPES", 45.8563, 3.5476);
    String a =
        fixtures
            .knowHow(fixtures.artisan(aubusson), knowHowBody("A " + word, "TEXTILE"))
            .getString("id");
    String f =
        fixtures
            .knowHow(fixtures.artisan(felletin), knowHowBody("F " + word, "TEXTILE"))
            .getString("id");
    String t =
        fixtures
            .knowHow(fixtures.artisan(thiers), knowHowBody("T " + word, "METAL"))
            .getString("id");

    JsonObject near = api.get("/api/know-how?q=" + word + "&near=45.95,2.17").json();
    assertThat(ids(near)).containsExactly(a, f);
    double first =
        near.getJsonArray("items").getJsonObject(0).getJsonNumber("distanceKm").doubleValue();
    double second =
        near.getJsonArray("items").getJsonObject(1).getJsonNumber("distanceKm").doubleValue();
    assertThat(first).isLessThan(second).isLessThan(10.0);

    assertThat(search(word, "&near=45.95,2.17&radiusKm=200")).containsExactly(a, f, t);
    assertThat(search(word, "&near=45.86,3.55&radiusKm=5")).containsExactly(t);
    assertThat(search(word, "&near=45.9559,2.1680&radiusKm=0.5")).containsExactly(a);
  }

  @Test
  void resultsArePaged() {
    String word = Fixtures.uniqueWord();
    for (int i = 0; i < 3; i++) {
      fixtures.knowHow(artisan, knowHowBody("Page " + i + " " + word, "WOOD"));
    }
    JsonObject first = api.get("/api/know-how?q=" + word + "&size=2").json();
    assertThat(first.getJsonArray("items")).hasSize(2);
    assertThat(first.getInt("total")).isEqualTo(3);
    assertThat(first.getInt("size")).isEqualTo(2);
    JsonObject second = api.get("/api/know-how?q=" + word + "&size=2&page=1").json();
    assertThat(second.getJsonArray("items")).hasSize(1);
    assertThat(second.getInt("total")).isEqualTo(3);
    assertThat(second.getInt("page")).isEqualTo(1);
    JsonObject beyond = api.get("/api/know-how?q=" + word + "&size=2&page=5").json();
    assertThat(beyond.getJsonArray("items")).isEmpty();
    assertThat(beyond.getInt("total")).isEqualTo(3);
  }

  @Test
  void badSearchParametersAreRefused() {
    for (String query :
        List.of(
            "near=abc",
            "near=95,2",
            "radiusKm=10",
            "near=45,2&radiusKm=-1",
            "rarity=EXTINCT",
            "size=0",
            "size=101",
            "page=x",
            "q=" + Api.encode("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda"))) {
      Api.Response answer = api.get("/api/know-how?" + query);
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.json().getJsonArray("errors")).as(query).isNotEmpty();
    }
  }

  @Test
  void demoHeritageKnowHowIsInTheCatalogue() {
    JsonObject found = api.get("/api/know-how?q=tapisserie+aubusson").json();
    assertThat(found.getJsonArray("items").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            item -> {
              assertThat(item.getString("title")).isEqualTo("La tapisserie d'Aubusson");
              assertThat(item.getJsonObject("recognition").getString("type")).isEqualTo("UNESCO");
            });
  }

  // --- helpers ------------------------------------------------------------------------------

  private List<String> search(String q) {
    return search(q, "");
  }

  private List<String> search(String q, String filters) {
    Api.Response answer = api.get("/api/know-how?size=100&q=" + Api.encode(q) + filters);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return ids(answer.json());
  }

  private JsonObject revise(String id, JsonObjectBuilder body) {
    Api.Response answer = api.as(artisan).put("/api/know-how/" + id, body.build());
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private void assertInvalid(JsonObjectBuilder body, String field) {
    Api.Response answer = api.as(artisan).post("/api/know-how", body.build());
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(
            answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .as(answer.toString())
        .contains(field);
  }

  private static void assertRarity(JsonObject entry, String level, int holders, boolean trained) {
    JsonObject rarity = entry.getJsonObject("rarity");
    assertThat(rarity.getString("level")).as(entry.toString()).isEqualTo(level);
    assertThat(rarity.getInt("holders")).isEqualTo(holders);
    assertThat(rarity.getBoolean("trained")).isEqualTo(trained);
  }

  private static List<String> holders(JsonObject entry) {
    return entry.getJsonArray("holders").stream()
        .map(h -> h.asJsonObject().getString("id"))
        .toList();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
  }
}
