package fr.passeurs.platform.web;

import fr.passeurs.platform.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows stored instants as dates and times in Paris, in the page's language; in French the first of
 * the month is "1er" ("1er avril 2027").
 */
@Named
@ApplicationScoped
public class Dates {

  public String day(Instant instant) {
    return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
  }

  public String dayAndTime(Instant instant) {
    return format(
        instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
  }

  /** A calendar day, in the page's language. */
  public String date(java.time.LocalDate day) {
    if (day == null) {
      return "";
    }
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return firstOfMonth(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day),
        day.getDayOfMonth(),
        locale);
  }

  /** A day of the week, in the page's language, as a sentence starts it ("Lundi", "Monday"). */
  public String weekday(java.time.DayOfWeek day) {
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    String name = day.getDisplayName(java.time.format.TextStyle.FULL, locale);
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  public String time(Instant instant) {
    return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
  }

  private static String format(Instant instant, DateTimeFormatter style) {
    if (instant == null) {
      return "";
    }
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return firstOfMonth(
        style.withLocale(locale).withZone(ClockProducer.PARIS).format(instant),
        instant.atZone(ClockProducer.PARIS).getDayOfMonth(),
        locale);
  }

  /** "1 avril" is "1er avril" in French. */
  static String firstOfMonth(String text, int dayOfMonth, java.util.Locale locale) {
    return dayOfMonth == 1 && "fr".equals(locale.getLanguage())
        ? text.replaceFirst("(^|\\s)1(\\s)", "$11er$2")
        : text;
  }
}
