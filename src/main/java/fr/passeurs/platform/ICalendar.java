package fr.passeurs.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes iCalendar (RFC 5545) documents: events in the Europe/Paris time zone, described by a
 * VTIMEZONE, lines folded at 75 octets, text escaped, CRLF line ends.
 */
public final class ICalendar {

  public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendar() {}

  /**
   * A calendar with these events, written in this language; {@code name} is what calendar
   * applications show for it.
   */
  public static String of(String name, List<CalendarEvent> events, Instant now, Locale language) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Passeurs//Passeurs//FR");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + escape(name));
    line(ics, "X-WR-TIMEZONE:Europe/Paris");
    timeZone(ics);
    for (CalendarEvent event : events) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + escape(event.uid()));
      line(ics, "DTSTAMP:" + UTC.format(now));
      line(ics, "DTSTART;TZID=Europe/Paris:" + LOCAL.format(event.time().localStart()));
      line(ics, "DTEND;TZID=Europe/Paris:" + LOCAL.format(event.time().localEnd()));
      line(ics, "SUMMARY:" + escape(event.summary().in(language)));
      String description = event.description() == null ? "" : event.description().in(language);
      if (!description.isBlank()) {
        line(ics, "DESCRIPTION:" + escape(description));
      }
      if (event.location() != null && !event.location().isBlank()) {
        line(ics, "LOCATION:" + escape(event.location()));
      }
      line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** Central European Time with its summer time, as the rules stand since 1996. */
  private static void timeZone(StringBuilder ics) {
    line(ics, "BEGIN:VTIMEZONE");
    line(ics, "TZID:Europe/Paris");
    line(ics, "BEGIN:DAYLIGHT");
    line(ics, "TZOFFSETFROM:+0100");
    line(ics, "TZOFFSETTO:+0200");
    line(ics, "TZNAME:CEST");
    line(ics, "DTSTART:19700329T020000");
    line(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    line(ics, "END:DAYLIGHT");
    line(ics, "BEGIN:STANDARD");
    line(ics, "TZOFFSETFROM:+0200");
    line(ics, "TZOFFSETTO:+0100");
    line(ics, "TZNAME:CET");
    line(ics, "DTSTART:19701025T030000");
    line(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    line(ics, "END:STANDARD");
    line(ics, "END:VTIMEZONE");
  }

  /** Escapes text values: backslash, semicolon, comma and line breaks. */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line, folded so that no line is longer than 75 octets. */
  private static void line(StringBuilder ics, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 75) {
      ics.append(content).append("\r\n");
      return;
    }
    int limit = 75;
    int octets = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        ics.append(current).append("\r\n ");
        current.setLength(0);
        octets = 0;
        limit = 74;
      }
      current.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append(current).append("\r\n");
  }
}
