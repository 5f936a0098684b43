package fr.passeurs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void theFirstOfTheMonthIsPremierInFrenchOnly() {
    assertThat(Dates.firstOfMonth("1 avril 2027", 1, Locale.FRENCH)).isEqualTo("1er avril 2027");
    assertThat(Dates.firstOfMonth("jeudi 1 avril 2027 09:00", 1, Locale.FRENCH))
        .isEqualTo("jeudi 1er avril 2027 09:00");
    assertThat(Dates.firstOfMonth("11 avril 2027", 11, Locale.FRENCH)).isEqualTo("11 avril 2027");
    assertThat(Dates.firstOfMonth("1 April 2027", 1, Locale.ENGLISH)).isEqualTo("1 April 2027");
  }
}
