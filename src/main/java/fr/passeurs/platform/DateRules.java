package fr.passeurs.platform;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates people may give: a birth date between 1900 and today; a day something is planned for (a
 * session, a class visit, a closure) from yesterday to {@value #PLANNED_YEARS_AHEAD} years ahead,
 * in Paris. Anything else is a typing mistake (or worse) that would otherwise be kept.
 */
public final class DateRules {

  public static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  public static final int PLANNED_YEARS_AHEAD = 3;

  private DateRules() {}

  /** The birth date, refused (400 on {@code field}) before 1900 or after today. */
  public static LocalDate birthDate(String field, LocalDate date, LocalDate today) {
    if (date != null && (date.isBefore(FIRST_BIRTH_DATE) || date.isAfter(today))) {
      throw DomainException.invalid(field, "invalid.birth-date", FIRST_BIRTH_DATE, today);
    }
    return date;
  }

  /** A planned day, refused (400 on {@code field}) before yesterday or beyond three years. */
  public static LocalDate planned(String field, LocalDate date, LocalDate today) {
    if (date != null && !isPlannable(date, today)) {
      throw DomainException.invalid(
          field, "invalid.planned-date", today.minusDays(1), lastPlannable(today));
    }
    return date;
  }

  /** A planned moment, by its day in Paris ({@link #planned(String, LocalDate, LocalDate)}). */
  public static Instant planned(String field, Instant moment, LocalDate today) {
    if (moment != null) {
      planned(field, moment.atZone(ClockProducer.PARIS).toLocalDate(), today);
    }
    return moment;
  }

  public static boolean isPlannable(LocalDate date, LocalDate today) {
    return !date.isBefore(today.minusDays(1)) && !date.isAfter(lastPlannable(today));
  }

  public static LocalDate lastPlannable(LocalDate today) {
    return today.plusYears(PLANNED_YEARS_AHEAD);
  }
}
