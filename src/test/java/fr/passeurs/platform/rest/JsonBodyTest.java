package fr.passeurs.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.Role;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  record Milestone(String title, @MultiLine String notes) {}

  record Request(
      String name,
      @MultiLine String description,
      Integer places,
      int percent,
      long cents,
      Double latitude,
      Boolean open,
      Role role,
      LocalDate birthDate,
      Instant startsAt,
      List<String> ids,
      List<Milestone> milestones) {}

  static List<String> problems(String json) {
    JsonValue body = Json.createReader(new StringReader(json)).readValue();
    return JsonBody.problems(body, Request.class).stream()
        .map(e -> e.field() + " " + e.code())
        .toList();
  }

  @Test
  void aWellFormedBodyPasses() {
    assertThat(
            problems(
                """
                {"name": "Atelier", "description": "ligne 1\\nligne 2", "places": 12,
                 "percent": 80.0, "cents": 4500, "latitude": 45.95, "open": true,
                 "role": "ARTISAN", "birthDate": "2001-04-01", "startsAt": "2027-03-01T08:00:00Z",
                 "ids": ["a", "b"], "milestones": [{"title": "Ourdir", "notes": "a\\n\\tb"}],
                 "unknown": {"anything": [1, null]}}
                """))
        .isEmpty();
  }

  @Test
  void wholeNumbersNeverWrapRound() {
    assertThat(problems("{\"places\": 1.5}")).containsExactly("places invalid.type.whole-number");
    assertThat(problems("{\"percent\": 1e308}"))
        .containsExactly("percent invalid.number.too-large");
    assertThat(problems("{\"places\": 4294967796.0}"))
        .containsExactly("places invalid.number.too-large");
    assertThat(problems("{\"cents\": 9223372036854775808}"))
        .containsExactly("cents invalid.number.too-large");
    assertThat(problems("{\"places\": \"12\"}"))
        .containsExactly("places invalid.type.whole-number");
    assertThat(problems("{\"latitude\": 1e400}"))
        .containsExactly("latitude invalid.number.too-large");
  }

  @Test
  void listsHoldNoNullAndEveryNestedFieldIsNamed() {
    assertThat(problems("{\"ids\": [\"a\", null]}")).containsExactly("ids[1] invalid.null-item");
    assertThat(problems("{\"milestones\": [{\"title\": \"ok\"}, {\"title\": \"a\\u202Eb\"}]}"))
        .containsExactly("milestones[1].title invalid.text.bidi");
    assertThat(problems("{\"milestones\": [{\"notes\": \"a\\nb\", \"title\": \"a\\nb\"}]}"))
        .containsExactly("milestones[0].title invalid.text.line-break");
    assertThat(problems("{\"ids\": \"a\"}")).containsExactly("ids invalid.type.list");
  }

  @Test
  void textsFollowTheRulesOfText() {
    assertThat(problems("{\"name\": \"A\\u0000B\"}")).containsExactly("name invalid.text.control");
    assertThat(problems("{\"name\": \"\\u001b[31m\"}"))
        .containsExactly("name invalid.text.control");
    assertThat(problems("{\"name\": \"\\ud800\"}")).containsExactly("name invalid.text.surrogate");
    assertThat(problems("{\"name\": \"un\\ndeux\"}"))
        .containsExactly("name invalid.text.line-break");
    assertThat(problems("{\"description\": \"un\\ndeux\"}")).isEmpty();
    assertThat(problems("{\"name\": 12}")).containsExactly("name invalid.type.text");
  }

  @Test
  void enumsDatesAndBooleansAreWhatTheySay() {
    assertThat(problems("{\"role\": \"PIRATE\"}")).containsExactly("role invalid.one-of");
    assertThat(problems("{\"birthDate\": \"-0001-01-01\"}"))
        .containsExactly("birthDate invalid.date.year");
    assertThat(problems("{\"startsAt\": \"9999-01-01T00:00:00Z\"}"))
        .containsExactly("startsAt invalid.date.year");
    assertThat(problems("{\"birthDate\": \"01/04/2001\"}"))
        .containsExactly("birthDate invalid.type.date");
    assertThat(problems("{\"open\": \"yes\"}")).containsExactly("open invalid.type.boolean");
  }

  @Test
  void aBodyOfTheWrongShapeIsNamedBody() {
    JsonValue list = Json.createReader(new StringReader("[1]")).readValue();
    assertThat(JsonBody.problems(list, Request.class))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("body", "invalid.type.object"));
  }
}
