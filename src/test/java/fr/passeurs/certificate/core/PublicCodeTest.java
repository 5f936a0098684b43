package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicCodeTest {

  @Test
  void aNewCodeIsTwelveCharactersOfCrockfordBase32InThreeGroups() {
    PublicCode code = PublicCode.generate();

    assertThat(code.value()).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
    assertThat(code.grouped()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(code.toString()).isEqualTo(code.grouped());
  }

  @Test
  void aTextIsPrintedGroupedWhenItIsACodeAndAsItIsOtherwise() {
    PublicCode code = PublicCode.generate();

    assertThat(PublicCode.grouped(code.value().toLowerCase(java.util.Locale.ROOT)))
        .isEqualTo(code.grouped());
    assertThat(PublicCode.grouped("pas-un-code")).isEqualTo("pas-un-code");
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(PublicCode.generate().value());
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void everyCharacterOfTheAlphabetIsDrawn() {
    SecureRandom random = new SecureRandom();
    Set<Character> drawn = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      for (char c : PublicCode.generate(random).value().toCharArray()) {
        drawn.add(c);
      }
    }
    assertThat(drawn).hasSize(32);
  }

  @Test
  void aCodeIsReadAsPeopleTypeIt() {
    PublicCode code = PublicCode.parse("K7QM-3XPA-9D2F");

    assertThat(PublicCode.parse("k7qm3xpa9d2f")).isEqualTo(code);
    assertThat(PublicCode.parse(" k7qm 3xpa-9d2f ")).isEqualTo(code);
    assertThat(PublicCode.parse("K7QM-3XPA-9D2F").value()).isEqualTo("K7QM3XPA9D2F");
  }

  @Test
  void lettersThatLookLikeDigitsAreReadAsThoseDigits() {
    assertThat(PublicCode.parse("oOiI-lL00-1111")).isEqualTo(PublicCode.parse("0011-1100-1111"));
  }

  @Test
  void whatIsNotACodeIsRefused() {
    assertThat(PublicCode.tryParse(null)).isEmpty();
    assertThat(PublicCode.tryParse("")).isEmpty();
    assertThat(PublicCode.tryParse("K7QM-3XPA-9D2")).isEmpty();
    assertThat(PublicCode.tryParse("K7QM-3XPA-9D2FF")).isEmpty();
    assertThat(PublicCode.tryParse("K7QM-3XPA-9D2U")).as("U is not in the alphabet").isEmpty();
    assertThat(PublicCode.tryParse("K7QM/3XPA/9D2F")).isEmpty();
    assertThat(PublicCode.tryParse("K7QM-3XPA-9D2É")).isEmpty();
    assertThatThrownBy(() -> PublicCode.parse("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PublicCode("k7qm3xpa9d2f"))
        .as("the canonical form is upper case")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
