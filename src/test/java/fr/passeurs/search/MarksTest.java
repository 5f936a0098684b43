package fr.passeurs.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.search.SearchResult.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarksTest {

  private static Marks asked(String words) {
    return new Marks(FrenchText.words(words));
  }

  @Test
  void aWordIsFoundByItsStemWhateverItsCaseAccentsAndPlural() {
    assertThat(asked("couteau").whole("Les Couteaux de Thiers"))
        .containsExactly(
            new Part("Les ", false), new Part("Couteaux", true), new Part(" de Thiers", false));
    assertThat(asked("ebeniste").whole("Ébéniste d'art"))
        .containsExactly(new Part("Ébéniste", true), new Part(" d'art", false));
  }

  @Test
  void aWordIsFoundByItsBeginningAndAnElidedArticleGoesWithIt() {
    assertThat(asked("alen").whole("Point d'Alençon"))
        .containsExactly(new Part("Point ", false), new Part("d'Alençon", true));
  }

  @Test
  void eachWordFoundIsMarkedAndNothingElse() {
    assertThat(asked("lame forge").whole("Une lame forgée à la main, lame fine"))
        .containsExactly(
            new Part("Une ", false),
            new Part("lame", true),
            new Part(" ", false),
            new Part("forgée", true),
            new Part(" à la main, ", false),
            new Part("lame", true),
            new Part(" fine", false));
  }

  @Test
  void nothingFoundMarksNothing() {
    assertThat(asked("dentelle").whole("Couteau de Thiers")).isEmpty();
    assertThat(asked("dentelle").bestSentence("Couteau de Thiers. Lame fine.")).isEmpty();
    assertThat(asked("dentelle").bestSentence("")).isEmpty();
  }

  @Test
  void theTextShowsItsSentenceWithTheMostWordsFoundAndSaysWhatWasLeftOut() {
    String text = "Un atelier en ville. On y forge une lame, puis une autre lame. Fin du jour.";
    List<Part> parts = asked("lame").bestSentence(text);
    assertThat(parts.get(0)).isEqualTo(new Part("… ", false));
    assertThat(parts.get(parts.size() - 1)).isEqualTo(new Part(" …", false));
    assertThat(parts.stream().filter(Part::found).map(Part::text)).containsExactly("lame", "lame");
    assertThat(parts.stream().map(Part::text).reduce("", String::concat))
        .isEqualTo("… On y forge une lame, puis une autre lame. …");
  }

  @Test
  void theFirstOfEqualSentencesIsShownAndTheFirstSentenceNeedsNoEllipsisBefore() {
    List<Part> parts = asked("lame").bestSentence("Une lame. Une autre lame.");
    assertThat(parts.get(0)).isEqualTo(new Part("Une ", false));
    assertThat(parts.get(parts.size() - 1)).isEqualTo(new Part(" …", false));
  }
}
