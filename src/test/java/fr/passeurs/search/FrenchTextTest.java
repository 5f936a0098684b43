package fr.passeurs.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTextTest {

  @Test
  void caseAccentsAndLigaturesGo() {
    assertThat(FrenchText.words("ÉBÉNISTE Ebéniste")).containsExactly("ebeniste");
    assertThat(FrenchText.words("Œuvre cœur Æsop")).containsExactly("oeuvre", "coeur", "aesop");
    assertThat(FrenchText.words("Lunéville à façon")).containsExactly("luneville", "facon");
  }

  @Test
  void elidedArticlesAndSmallWordsGo() {
    assertThat(FrenchText.words("Dentelle au point d'Alençon"))
        .containsExactly("dentelle", "point", "alencon");
    assertThat(FrenchText.words("savoir-faire, l’émail (XIXe siècle)"))
        .containsExactly("savoir", "faire", "email", "xixe", "siecle");
    assertThat(FrenchText.words("La dentelle de la Reine et le fil d'or of the king"))
        .containsExactly("dentelle", "reine", "fil", "or", "king");
  }

  @Test
  void pluralsAndSingularsShareTheirStem() {
    assertThat(FrenchText.stem("couteaux")).isEqualTo(FrenchText.stem("couteau"));
    assertThat(FrenchText.stem("dentelles")).isEqualTo(FrenchText.stem("dentelle"));
    assertThat(FrenchText.stem("metaux")).isEqualTo(FrenchText.stem("metal"));
    assertThat(FrenchText.stem("forge")).isNotEqualTo(FrenchText.stem("forgeron"));
  }

  @Test
  void nothingToSearchGivesNoWord() {
    assertThat(FrenchText.words(null)).isEmpty();
    assertThat(FrenchText.words("  ' - , ")).isEmpty();
    assertThat(FrenchText.words("a b c")).isEmpty();
  }
}
