package fr.passeurs.visit.web;

import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.api.VisitViews.BookingView;
import fr.passeurs.visit.api.VisitViews.TimeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the pages of class visits word levels, needs, weekdays, durations and times, in the page's
 * language.
 */
@Named
@ApplicationScoped
public class VisitText {

  /** School levels (by name), in school order, joined. */
  public String levels(Collection<String> levels) {
    return inOrder(levels, SchoolLevel.class, "schoolLevel.");
  }

  /** Accessibility needs joined, or "none". */
  public String needs(Collection<String> needs) {
    if (needs == null || needs.isEmpty()) {
      return Feedback.text("visit.noNeeds");
    }
    return inOrder(needs, AccessibilityNeed.class, "need.");
  }

  /** Names of an enumeration, in its order, each said by its text ({@code prefix + name}). */
  private static <E extends Enum<E>> String inOrder(
      Collection<String> names, Class<E> type, String prefix) {
    return joined(
        names.stream()
            .map(name -> Enum.valueOf(type, name))
            .sorted()
            .map(value -> Feedback.text(prefix + value.name()))
            .toList());
  }

  /** Weekdays (by name), Monday first, joined. */
  public String weekdays(Collection<String> days) {
    return joined(
        days.stream()
            .map(DayOfWeek::valueOf)
            .sorted()
            .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, locale()))
            .toList());
  }

  /** One weekday, capitalised, as a choice in a form. */
  public String weekday(DayOfWeek day) {
    String name = day.getDisplayName(java.time.format.TextStyle.FULL, locale());
    return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
  }

  /** A duration in minutes as hours and minutes: "1 h 30". */
  public String duration(int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return Feedback.text("visit.minutes", rest);
    }
    return rest == 0
        ? Feedback.text("visit.hours", hours)
        : Feedback.text("visit.hoursMinutes", hours, String.format("%02d", rest));
  }

  /** When a visit takes place: its confirmed time, else the first of the times wished. */
  public String when(BookingView booking) {
    if (booking.confirmedTime() != null) {
      return time(booking.confirmedTime());
    }
    return booking.wishedTimes().stream()
        .min(Comparator.comparing(TimeView::start))
        .map(this::time)
        .orElse("");
  }

  /** A visit's time: its day in full, then start and end in Paris. */
  public String time(TimeView time) {
    if (time == null) {
      return "";
    }
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
            .withLocale(locale())
            .withZone(ClockProducer.PARIS);
    DateTimeFormatter hour =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(ClockProducer.PARIS);
    return day.format(time.start())
        + ", "
        + hour.format(time.start())
        + " – "
        + hour.format(time.end());
  }

  /** A distance in whole kilometres. */
  public long km(double distance) {
    return Math.round(distance);
  }

  private static String joined(List<String> parts) {
    return parts.stream().collect(Collectors.joining(", "));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
