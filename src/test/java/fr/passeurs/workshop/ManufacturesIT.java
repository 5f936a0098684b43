package fr.passeurs.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/** The manufactures of the network through the REST API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManufacturesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;

  @BeforeEach
  void connect() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
  }

  @Test
  void adminOpensAManufactureThatAnyoneCanRead() {
    String name = Fixtures.unique("Manufacture de Felletin");
    Api.Response created =
        fixtures
            .asAdmin()
            .post(
                "/api/manufactures",
                Fixtures.manufactureBody(name, "NOUVELLE_AQUITAINE", 45.88, 2.17).build());
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.header("Location")).endsWith("/api/manufactures/" + id);

    JsonObject read = api.get("/api/manufactures/" + id).json();
    assertThat(read.getString("name")).isEqualTo(name);
    assertThat(read.getString("region")).isEqualTo("NOUVELLE_AQUITAINE");
    assertThat(read.getString("regionName")).isEqualTo("Nouvelle-Aquitaine");
    assertThat(read.getJsonNumber("latitude").doubleValue()).isEqualTo(45.88);
    assertThat(read.getString("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void onlyTheAdminOpensManufactures() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    JsonObject body = Fixtures.manufactureBody("Another", "BRETAGNE", 47.7, -3.3).build();
    assertThat(api.post("/api/manufactures", body).status()).isEqualTo(401);
    assertThat(api.as(manager).post("/api/manufactures", body).status()).isEqualTo(403);
  }

  @Test
  void invalidManufactureListsItsBadFields() {
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", "")
            .add("street", "1 rue")
            .add("postalCode", "ABC")
            .add("city", "Thiers")
            .add("region", "ATLANTIS")
            .add("latitude", 123.0)
            .add("longitude", 3.5)
            .build();
    Api.Response answer = fixtures.asAdmin().post("/api/manufactures", body);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(fields(answer)).contains("name", "postalCode", "latitude");

    JsonObject badRegion = Fixtures.manufactureBody("Name", "ATLANTIS", 45, 3).build();
    Api.Response region = fixtures.asAdmin().post("/api/manufactures", badRegion);
    assertThat(region.status()).isEqualTo(400);
    assertThat(fields(region)).containsExactly("region");
  }

  @Test
  void listIsPagedAndFilteredByRegion() {
    String corsica = fixtures.manufacture("CORSE", 42.15, 9.1);
    Api.Response page = api.get("/api/manufactures?region=CORSE&size=100");
    assertThat(page.status()).isEqualTo(200);
    JsonObject json = page.json();
    assertThat(json.getInt("page")).isZero();
    assertThat(json.getInt("size")).isEqualTo(100);
    assertThat(ids(json)).contains(corsica);
    assertThat(json.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("region")))
        .containsOnly("CORSE");

    fixtures.manufacture();
    JsonObject small = api.get("/api/manufactures?size=1&page=1").json();
    assertThat(small.getJsonArray("items")).hasSize(1);
    assertThat(small.getInt("total")).isGreaterThanOrEqualTo(2);

    assertThat(api.get("/api/manufactures?size=101").status()).isEqualTo(400);
    assertThat(api.get("/api/manufactures?page=-1").status()).isEqualTo(400);
    assertThat(api.get("/api/manufactures?size=abc").status()).isEqualTo(400);
  }

  @Test
  void unknownManufactureIsNotFound() {
    assertThat(api.get("/api/manufactures/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
    assertThat(api.get("/api/manufactures/1").status()).isEqualTo(404);
  }

  @Test
  void itsManagerDescribesTheManufactureOthersMayNot() {
    String manufacture = fixtures.manufacture();
    Person manager = fixtures.manager(manufacture);
    Person otherManager = fixtures.manager(fixtures.manufacture());
    JsonObject body =
        Fixtures.manufactureBody("Renamed", "NOUVELLE_AQUITAINE", 45.95, 2.17)
            .add("description", "Nouvelle description")
            .build();

    Api.Response updated = api.as(manager).put("/api/manufactures/" + manufacture, body);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().getString("description")).isEqualTo("Nouvelle description");
    assertThat(api.as(otherManager).put("/api/manufactures/" + manufacture, body).status())
        .isEqualTo(403);
  }

  @Test
  void movingAManufactureMovesItsKnowHowInDistanceSearches() {
    String manufacture = fixtures.manufacture("NOUVELLE_AQUITAINE", 45.95, 2.17);
    Person manager = fixtures.manager(manufacture);
    String word = Fixtures.uniqueWord();
    fixtures.knowHow(manager, Fixtures.knowHowBody("Tissage " + word, "TEXTILE"));
    String nearAubusson = "/api/know-how?q=" + word + "&near=45.95,2.17&radiusKm=20";
    String nearThiers = "/api/know-how?q=" + word + "&near=45.85,3.55&radiusKm=20";
    assertThat(api.get(nearAubusson).json().getInt("total")).isEqualTo(1);
    assertThat(api.get(nearThiers).json().getInt("total")).isZero();

    JsonObject moved =
        Fixtures.manufactureBody("Moved", "AUVERGNE_RHONE_ALPES", 45.85, 3.55).build();
    assertThat(api.as(manager).put("/api/manufactures/" + manufacture, moved).status())
        .isEqualTo(200);

    assertThat(api.get(nearAubusson).json().getInt("total")).isZero();
    assertThat(api.get(nearThiers).json().getInt("total")).isEqualTo(1);
  }

  static List<String> fields(Api.Response problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("field"))
        .distinct()
        .toList();
  }

  static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
  }
}
