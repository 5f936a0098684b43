package fr.passeurs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * Arranges test data through the API, each piece new and unique to the test that makes it, so that
 * tests never depend on one another or on what a database already holds.
 */
public final class Fixtures {

  private final Api api;

  public Fixtures(Api api) {
    this.api = api.anonymous();
  }

  /** Someone who can log in. */
  public record Person(String id, String email, String password) {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A word that appears in no other test's data, for searches that must find only ours. */
  public static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    String letters = UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "");
    word.append(letters, 0, Math.min(8, letters.length()));
    while (word.length() < 8) {
      word.append('x');
    }
    return word.toString();
  }

  public Person admin() {
    return new Person(null, TestRuntime.ADMIN_EMAIL, TestRuntime.adminPassword());
  }

  public Api asAdmin() {
    return api.as(admin());
  }

  public static JsonObjectBuilder manufactureBody(
      String name, String region, double lat, double lon) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("street", "1 rue des Ateliers")
        .add("postalCode", "23200")
        .add("city", "Aubusson")
        .add("region", region)
        .add("latitude", lat)
        .add("longitude", lon)
        .add("description", "Un atelier partagé.");
  }

  /** A new manufacture, opened by the admin; returns its id. */
  public String manufacture() {
    return manufacture("NOUVELLE_AQUITAINE", 45.95, 2.17);
  }

  public String manufacture(String region, double lat, double lon) {
    Api.Response created =
        asAdmin()
            .post(
                "/api/manufactures",
                manufactureBody(unique("Manufacture"), region, lat, lon).build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** A new manager of the manufacture, appointed by the admin. */
  public Person manager(String manufactureId) {
    String email = unique("manager") + "@example.org";
    String password = unique("secret-password");
    Api.Response appointed =
        asAdmin()
            .post(
                "/api/manufactures/" + manufactureId + "/managers",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("displayName", "Manager " + email)
                    .add("password", password)
                    .build());
    assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
    return new Person(appointed.json().getString("id"), email, password);
  }

  /** A new artisan of the manufacture, still pending. */
  public Person pendingArtisan(String manufactureId) {
    return register("ARTISAN", manufactureId);
  }

  /** A new artisan of the manufacture, activated by the admin. */
  public Person artisan(String manufactureId) {
    Person artisan = pendingArtisan(manufactureId);
    activate(artisan);
    return artisan;
  }

  public void activate(Person artisan) {
    Api.Response activated = asAdmin().post("/api/accounts/" + artisan.id() + "/activate", null);
    assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
  }

  public Person apprentice() {
    return register("APPRENTICE", null);
  }

  public Person teacher() {
    return register("TEACHER", null);
  }

  public Person register(String role, String manufactureId) {
    String email = unique(role.toLowerCase()) + "@example.org";
    String password = unique("password");
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", password)
            .add("displayName", "Person " + email)
            .add("role", role);
    if (manufactureId != null) {
      body.add("manufactureId", manufactureId);
    }
    Api.Response created = api.post("/api/accounts", body.build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Person(created.json().getString("id"), email, password);
  }

  /** A know-how body with the essentials; callers add or override fields. */
  public static JsonObjectBuilder knowHowBody(String title, String domain) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "Résumé de " + title)
        .add("description", "Description de " + title)
        .add("domain", domain);
  }

  public static JsonArrayBuilder array(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  /** Creates a know-how entry as this person; returns the created entry. */
  public JsonObject knowHow(Person author, JsonObjectBuilder body) {
    Api.Response created = api.as(author).post("/api/know-how", body.build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }
}
