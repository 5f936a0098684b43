package fr.passeurs.platform;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes {@link Message}s in French or English from the texts bundle, the one the pages use. Dates,
 * times and days given as arguments are written for the language and in Paris time ("lundi 1er mars
 * 2027, 09:00", "Monday 1 March 2027, 09:00"); enum constants by their text {@code
 * enum.<Type>.<NAME>} when the bundle has one.
 *
 * <p>In a text, {@code {0}}, {@code {1}}… stand for the arguments; an apostrophe is an apostrophe
 * (no quoting as in {@link MessageFormat}).
 */
public final class Messages {

  /** The bundle of every text people read: pages, refusals, notices. */
  public static final String BUNDLE = "messages";

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** The languages of the platform, French first. */
  public static final List<Locale> LANGUAGES = List.of(FRENCH, ENGLISH);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** French or English: the language of those two that this one is, else English. */
  public static Locale supported(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** True if the bundle has a text for this key (in French, which has every key). */
  public static boolean has(String key) {
    return key != null && bundle(FRENCH).containsKey(key);
  }

  public static String format(Locale locale, Message message) {
    return format(locale, message.key(), message.args().toArray());
  }

  /**
   * The text of the key in this language with its arguments. A key the bundle lacks is written as
   * it is: a refusal not yet given a text keeps its own words.
   */
  public static String format(Locale locale, String key, Object... args) {
    Locale language = supported(locale);
    String pattern;
    try {
      pattern = bundle(language).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = present(args[i], language);
    }
    return new MessageFormat(pattern.replace("'", "''"), language).format(shown);
  }

  /** An argument as people read it in that language. */
  static Object present(Object arg, Locale language) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof Message nested) {
      return format(language, nested);
    }
    if (arg instanceof Instant instant) {
      return dateTime(instant.atZone(ClockProducer.PARIS), language);
    }
    if (arg instanceof ZonedDateTime zoned) {
      return dateTime(zoned.withZoneSameInstant(ClockProducer.PARIS), language);
    }
    if (arg instanceof LocalDateTime local) {
      return dateTime(local.atZone(ClockProducer.PARIS), language);
    }
    if (arg instanceof LocalDate day) {
      return day(day, language);
    }
    if (arg instanceof LocalTime time) {
      return time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
    if (arg instanceof DayOfWeek weekday) {
      return weekday.getDisplayName(TextStyle.FULL, language);
    }
    if (arg instanceof Enum<?> constant) {
      String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      String text = format(language, key);
      return text.equals(key) ? constant.name() : text;
    }
    if (arg instanceof Collection<?> items) {
      return items.stream()
          .map(item -> String.valueOf(present(item, language)))
          .collect(Collectors.joining(", "));
    }
    return arg;
  }

  /** "lundi 1er mars 2027" or "Monday 1 March 2027". */
  public static String day(LocalDate day, Locale locale) {
    Locale language = supported(locale);
    String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, language);
    String month = day.getMonth().getDisplayName(TextStyle.FULL, language);
    String number =
        language == FRENCH && day.getDayOfMonth() == 1
            ? "1er"
            : String.valueOf(day.getDayOfMonth());
    return weekday + " " + number + " " + month + " " + day.getYear();
  }

  /** "lundi 1er mars 2027, 09:00" or "Monday 1 March 2027, 09:00", in Paris time. */
  public static String dateTime(ZonedDateTime moment, Locale locale) {
    ZonedDateTime paris = moment.withZoneSameInstant(ClockProducer.PARIS);
    return day(paris.toLocalDate(), locale)
        + ", "
        + paris.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
  }
}
