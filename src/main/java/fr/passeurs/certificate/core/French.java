package fr.passeurs.certificate.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a certificate writes times, dates and rates, in French: the PDF and the narratives of the
 * credential say them the same way. A no-break space keeps a number with its unit.
 */
final class French {

  static final char NBSP = '\u00a0';

  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.FRENCH);

  private French() {}

  /** {@code 35 h}, {@code 15 h 30}, {@code 0 h 45}. */
  static String hours(Duration time) {
    long minutes = time.toMinutes();
    long h = minutes / 60;
    long m = minutes % 60;
    return m == 0 ? h + "" + NBSP + "h" : String.format("%d%sh%s%02d", h, NBSP, NBSP, m);
  }

  /** {@code 73,8 %}. */
  static String percent(BigDecimal rate) {
    return rate.toPlainString().replace('.', ',') + NBSP + "%";
  }

  /** {@code 2 mars 2026}, {@code 1er mars 2026}. */
  static String date(LocalDate date) {
    return day(date) + " " + MONTH_YEAR.format(date);
  }

  /**
   * {@code le 2 mars 2026}, {@code du 2 au 6 mars 2026}, {@code du 27 février au 3 mars 2026},
   * {@code du 29 décembre 2025 au 2 janvier 2026}.
   */
  static String period(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return "le " + date(from);
    }
    if (from.getYear() != to.getYear()) {
      return "du " + date(from) + " au " + date(to);
    }
    if (from.getMonth() != to.getMonth()) {
      return "du " + day(from) + " " + MONTH.format(from) + " au " + date(to);
    }
    return "du " + day(from) + " au " + date(to);
  }

  /** Decimal hours for machines: {@code 35}, {@code 15.5}, {@code 0.75}. */
  static String decimalHours(Duration time) {
    BigDecimal hours =
        BigDecimal.valueOf(time.toMinutes())
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN)
            .stripTrailingZeros();
    return hours.scale() < 0 ? hours.setScale(0).toPlainString() : hours.toPlainString();
  }

  private static String day(LocalDate date) {
    return date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
  }
}
