package fr.passeurs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.matching.core.DeferredAcceptance;
import fr.passeurs.matching.core.MatchingInstance;
import fr.passeurs.matching.core.MatchingResult;
import fr.passeurs.matching.core.Round;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The input a round stores is enough to run it again, to the same result. */
class RoundInputTest {

  @Test
  void theStoredInputRunsAgainToTheSameResult() {
    SplittableRandom random = new SplittableRandom(20261127);
    for (int trial = 0; trial < 200; trial++) {
      MatchingInstance instance = Round.random(random, 12, 6, 3).instance();
      RoundSteps.Input input = input(instance, 42L + trial);

      JsonObject stored = parse(RoundSteps.inputJson(input));
      MatchingInstance again = instanceOf(stored);

      assertThat(stored.getJsonNumber("seed").longValue()).isEqualTo(42L + trial);
      assertThat(ids(stored.getJsonArray("apprentices"))).isEqualTo(input.apprenticeIds());
      MatchingResult first = new DeferredAcceptance().run(instance);
      MatchingResult second = new DeferredAcceptance().run(again);
      for (int a = 0; a < instance.apprenticeCount(); a++) {
        assertThat(second.offerOf(a)).isEqualTo(first.offerOf(a));
      }
    }
  }

  @Test
  void eachIdIsWrittenOnceWhateverTheNumberOfApplications() {
    MatchingInstance instance = Round.workshop().instance();
    RoundSteps.Input input = input(instance, 7L);

    String stored = RoundSteps.inputJson(input);

    for (String id : input.apprenticeIds()) {
      assertThat(stored.split(id, -1)).hasSize(2);
    }
    for (String id : input.offerIds()) {
      assertThat(stored.split(id, -1)).hasSize(2);
    }
  }

  /** The instance read back from a stored input, as someone checking a round would rebuild it. */
  private static MatchingInstance instanceOf(JsonObject stored) {
    MatchingInstance.Builder builder = MatchingInstance.builder();
    for (JsonArray choices : stored.getJsonArray("choices").getValuesAs(JsonArray.class)) {
      builder.addApprentice(numbers(choices));
    }
    for (JsonObject offer : stored.getJsonArray("offers").getValuesAs(JsonObject.class)) {
      builder.addOffer(offer.getInt("places"), numbers(offer.getJsonArray("priority")));
    }
    return builder.build();
  }

  private static RoundSteps.Input input(MatchingInstance instance, long seed) {
    List<String> offers = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    int[] places = new int[instance.offerCount()];
    for (int o = 0; o < instance.offerCount(); o++) {
      offers.add(UUID.randomUUID().toString());
      titles.add("Offre " + o);
      places[o] = instance.places(o);
    }
    List<String> apprentices = new ArrayList<>();
    for (int a = 0; a < instance.apprenticeCount(); a++) {
      apprentices.add(UUID.randomUUID().toString());
    }
    return new RoundSteps.Input(
        UUID.randomUUID().toString(),
        seed,
        offers,
        titles,
        offers,
        new boolean[instance.offerCount()],
        places,
        apprentices,
        instance);
  }

  private static int[] numbers(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonNumber.class).stream()
        .mapToInt(jakarta.json.JsonNumber::intValue)
        .toArray();
  }

  private static List<String> ids(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
