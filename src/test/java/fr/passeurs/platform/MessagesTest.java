package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void daysAndTimesAreWrittenForTheLanguageInParis() {
    Instant winter = Instant.parse("2027-03-01T08:00:00Z");
    assertThat(Messages.present(winter, Locale.FRENCH)).isEqualTo("lundi 1er mars 2027, 09:00");
    assertThat(Messages.present(winter, Locale.ENGLISH)).isEqualTo("Monday 1 March 2027, 09:00");
    assertThat(Messages.present(LocalDate.of(2026, 12, 21), Locale.FRENCH))
        .isEqualTo("lundi 21 décembre 2026");
    assertThat(Messages.present(DayOfWeek.MONDAY, Locale.FRENCH)).isEqualTo("lundi");
    assertThat(Messages.present(DayOfWeek.MONDAY, Locale.ENGLISH)).isEqualTo("Monday");
  }

  @Test
  void aTextTakesItsArgumentsAndKeepsItsApostrophes() {
    assertThat(Messages.format(Locale.FRENCH, "problem.revoked-final"))
        .startsWith("Ce certificat a été révoqué");
    assertThat(Messages.format(Locale.FRENCH, "invalid.length.max", 200))
        .isEqualTo("200 caractères au plus");
    assertThat(Messages.format(Locale.ENGLISH, "problem.malformed-json", 1, 18))
        .isEqualTo("The request body is not valid JSON (line 1, column 18).");
    assertThat(Messages.format(Locale.FRENCH, "invalid.date.year", 1900, 2200))
        .isEqualTo("doit tomber entre les années 1900 et 2200");
  }

  @Test
  void countsAgreeWithTheirNouns() {
    assertThat(Messages.format(Locale.FRENCH, "login.held.seconds", 1)).endsWith("dans 1 seconde.");
    assertThat(Messages.format(Locale.FRENCH, "login.held.seconds", 4))
        .endsWith("dans 4 secondes.");
    assertThat(Messages.format(Locale.ENGLISH, "login.held.minutes", 1)).endsWith("in 1 minute.");
  }

  @Test
  void aMessageMayStandForAnArgument() {
    Message field = Message.of("invalid.length.max", 100);
    assertThat(Messages.format(Locale.ENGLISH, "problem.invalid-field", "displayName", field))
        .isEqualTo("displayName: at most 100 characters");
  }

  @Test
  void anUnknownKeyIsWrittenAsItIsAndOtherLanguagesReadEnglish() {
    assertThat(Messages.format(Locale.FRENCH, "no such key here")).isEqualTo("no such key here");
    assertThat(Messages.format(Locale.GERMAN, "invalid.required")).isEqualTo("is required");
    assertThat(Messages.supported(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
  }
}
