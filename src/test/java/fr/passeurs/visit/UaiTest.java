package fr.passeurs.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.platform.Message;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UaiTest {

  @Test
  void knownSchoolCodesAreValid() {
    assertThat(Uai.parse("0750655E")).map(Uai::code).contains("0750655E");
    assertThat(Uai.parse("0010001W")).map(Uai::code).contains("0010001W");
  }

  @Test
  void spacesAndLowerCaseAreForgiven() {
    assertThat(Uai.parse(" 0750 655e ")).map(Uai::code).contains("0750655E");
  }

  @Test
  void aWrongCheckLetterIsRefusedWithTheRightOne() {
    assertThat(Uai.parse("0750655F")).isEmpty();
    assertThat(Uai.problemWith("0750655F"))
        .isEqualTo(Message.of("invalid.visit.uai-check-letter", "0750655", "E", "F"));
    assertThat(Uai.problemWith("0750655F").in(Locale.FRENCH))
        .contains("la lettre de contrôle de 0750655 est E");
  }

  @Test
  void aMistypedDigitChangesTheCheckLetter() {
    assertThat(Uai.parse("0750656E")).isEmpty();
  }

  @Test
  void theShapeIsSevenDigitsAndALetter() {
    for (String wrong : new String[] {"", "075065E", "07506550E", "A750655E", "07506551", null}) {
      assertThat(Uai.problemWith(wrong).key())
          .as(String.valueOf(wrong))
          .isEqualTo("invalid.visit.uai-form");
    }
    assertThatThrownBy(() -> new Uai("1234567A")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLettersIOAndQAreNeverCheckLetters() {
    for (int n = 0; n < 23 * 3; n++) {
      assertThat(Uai.checkLetter(String.format("%07d", n))).isNotIn('I', 'O', 'Q');
    }
    assertThat(Uai.checkLetter("0000022")).isEqualTo('Z');
    assertThat(Uai.checkLetter("0000023")).isEqualTo('A');
  }
}
