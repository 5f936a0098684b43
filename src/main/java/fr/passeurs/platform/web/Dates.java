package fr.passeurs.platform.web;

import fr.passeurs.platform.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows stored instants as dates and times in Paris, in the page's language. */
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
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(day);
  }

  public String time(Instant instant) {
    return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
  }

  private static String format(Instant instant, DateTimeFormatter style) {
    if (instant == null) {
      return "";
    }
    return style
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .withZone(ClockProducer.PARIS)
        .format(instant);
  }
}
