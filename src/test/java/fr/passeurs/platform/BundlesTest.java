package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text is written in French and in English, with the same placeholders in both: a refusal or
 * a page never falls back on a key, nor loses an argument in one language.
 */
class BundlesTest {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  static Map<String, String> bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        BundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> sorted = new TreeMap<>();
    texts.forEach((k, v) -> sorted.put((String) k, (String) v));
    return sorted;
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyKeyHasAFrenchAndAnEnglishText() throws IOException {
    Map<String, String> fr = bundle("fr");
    Map<String, String> en = bundle("en");
    assertThat(en.keySet()).as("keys only in French").containsAll(fr.keySet());
    assertThat(fr.keySet()).as("keys only in English").containsAll(en.keySet());
    fr.forEach((key, text) -> assertThat(text).as(key).isNotBlank());
    en.forEach((key, text) -> assertThat(text).as(key).isNotBlank());
  }

  @Test
  void bothLanguagesTakeTheSameArguments() throws IOException {
    Map<String, String> fr = bundle("fr");
    Map<String, String> en = bundle("en");
    for (String key : fr.keySet()) {
      assertThat(placeholders(en.getOrDefault(key, "")))
          .as("placeholders of %s", key)
          .isEqualTo(placeholders(fr.get(key)));
    }
  }
}
