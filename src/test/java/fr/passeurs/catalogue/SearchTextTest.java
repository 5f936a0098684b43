package fr.passeurs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void accentsCaseAndLigaturesAreRemoved() {
    assertThat(SearchText.normalize("ÉBÉNISTE")).isEqualTo("ebeniste");
    assertThat(SearchText.normalize("Ebéniste")).isEqualTo("ebeniste");
    assertThat(SearchText.normalize("Œuvre cœur Æsop")).isEqualTo("oeuvre coeur aesop");
    assertThat(SearchText.normalize("Lunéville à façon")).isEqualTo("luneville a facon");
  }

  @Test
  void wordsAreSplitOnAnythingButLettersAndDigits() {
    assertThat(SearchText.words("Dentelle au point d'Alençon"))
        .containsExactly("dentelle", "point", "alencon");
    assertThat(SearchText.words("savoir-faire, l’émail (XIXe siècle)"))
        .containsExactly("savoir", "faire", "email", "xixe", "siecle");
  }

  @Test
  void commonSmallWordsAndSingleLettersAreLeftOut() {
    assertThat(SearchText.words("La dentelle de la Reine et le fil d'or of the king"))
        .containsExactly("dentelle", "reine", "fil", "or", "king");
  }

  @Test
  void wordsAreDistinctAndKeepTheirOrder() {
    assertThat(SearchText.words("forge Forge FORGÉ forgeron")).containsExactly("forge", "forgeron");
  }

  @Test
  void overlongWordsAreCutToTheStoredLength() {
    String word = "a".repeat(100);
    assertThat(SearchText.words(word)).singleElement().satisfies(w -> assertThat(w).hasSize(64));
  }

  @Test
  void nothingSearchableInBlankOrPunctuation() {
    assertThat(SearchText.words(null)).isEmpty();
    assertThat(SearchText.words("  ' - , ")).isEmpty();
  }
}
