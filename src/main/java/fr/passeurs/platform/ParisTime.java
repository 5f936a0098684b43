package fr.passeurs.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** An instant as people in France read it in messages and exports: Paris time, day first. */
public final class ParisTime {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ClockProducer.PARIS);

  private static final DateTimeFormatter IN_SENTENCE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ClockProducer.PARIS);

  private ParisTime() {}

  /** "11/03/2031 09:30". */
  public static String shown(Instant instant) {
    return SHOWN.format(instant);
  }

  /** "11/03/2031 à 09:30", for a sentence. */
  public static String inSentence(Instant instant) {
    return IN_SENTENCE.format(instant);
  }
}
