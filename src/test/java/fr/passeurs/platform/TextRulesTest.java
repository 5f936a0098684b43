package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRulesTest {

  @Test
  void ordinaryFrenchTextAndEmojiPass() {
    assertThat(TextRules.refusal("Dentelle au point d’Alençon — « œuvre » 🧵", false)).isEmpty();
  }

  @Test
  void controlCharactersAreRefusedWhereverTheyStand() {
    for (String text :
        new String[] {"A\u0000B", "\u001b[31m", "bell\u0007", "del\u007f", "c1\u0085"}) {
      assertThat(TextRules.refusal(text, true)).as(text).contains(TextRules.CONTROL);
    }
  }

  @Test
  void tabsAndLineBreaksOnlyInTextsOfSeveralLines() {
    assertThat(TextRules.refusal("ligne 1\nligne 2\r\n\tsuite", true)).isEmpty();
    assertThat(TextRules.refusal("Jean\nDupont", false)).contains(TextRules.LINE_BREAK);
    assertThat(TextRules.refusal("Jean\tDupont", false)).contains(TextRules.LINE_BREAK);
  }

  @Test
  void bidirectionalOverridesAndIsolatesAreRefused() {
    for (char c :
        new char[] {'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069'}) {
      assertThat(TextRules.refusal("abc" + c + "def", true))
          .as("U+%04X", (int) c)
          .contains(TextRules.BIDI);
    }
    // the marks that only hint a direction are harmless
    assertThat(TextRules.refusal("abc\u200edef", false)).isEmpty();
  }

  @Test
  void halvesOfSurrogatePairsAreRefused() {
    assertThat(TextRules.refusal("a\ud83eb", false)).contains(TextRules.SURROGATE);
    assertThat(TextRules.refusal("a\udddfb", false)).contains(TextRules.SURROGATE);
    assertThat(TextRules.refusal("\udddf\ud83e", false)).contains(TextRules.SURROGATE);
    assertThat(TextRules.refusal("end\ud83e", false)).contains(TextRules.SURROGATE);
  }

  @Test
  void onlyHttpAndHttpsAddressesWithAHostAreWebAddresses() {
    assertThat(TextRules.isWebAddress("https://ich.unesco.org/fr/RL/00251")).isTrue();
    assertThat(TextRules.isWebAddress("http://www.culture.gouv.fr/x?y=1#z")).isTrue();
    assertThat(TextRules.isWebAddress("HTTPS://EXAMPLE.ORG/")).isTrue();
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "JavaScript:alert(document.cookie)",
          " javascript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:msgbox",
          "/relative/path",
          "//evil.example/x",
          "http://",
          "https:///nohost",
          "ftp://example.org/file",
          "http://exa mple.org",
          "http://example.org/\u0000"
        }) {
      assertThat(TextRules.isWebAddress(bad)).as(bad).isFalse();
      assertThat(TextRules.linkable(bad)).as(bad).isNull();
    }
  }

  @Test
  void checkedTextIsStrippedAndBoundedBeforeTheDatabaseSeesIt() {
    assertThat(TextRules.checked("reason", "  fermé  ", 10, false)).isEqualTo("fermé");
    assertThat(TextRules.checked("reason", "   ", 10, false)).isNull();
    assertThatThrownBy(() -> TextRules.checked("reason", "x".repeat(11), 10, false))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.errors())
                  .singleElement()
                  .extracting(FieldError::field)
                  .isEqualTo("reason");
              assertThat(e.errors().get(0).code()).isEqualTo("invalid.length.max");
            });
    assertThatThrownBy(() -> TextRules.checked("reason", "a\u202eb", 10, false))
        .isInstanceOf(DomainException.class);
  }
}
