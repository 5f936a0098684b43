package fr.passeurs.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Time;
import java.time.LocalTime;

/**
 * Binds times of day as SQL {@code TIME}. Left to itself, the provider binds them as timestamps on
 * 1 January 1970, and both H2 and MariaDB compare a {@code TIME} column with a timestamp by giving
 * the column today's date: {@code opens = ?} never matched, so a row of an opening period could be
 * written but never deleted.
 */
@Converter(autoApply = true)
public class TimeOfDayConverter implements AttributeConverter<LocalTime, Time> {

  @Override
  public Time convertToDatabaseColumn(LocalTime time) {
    return time == null ? null : Time.valueOf(time);
  }

  @Override
  public LocalTime convertToEntityAttribute(Time time) {
    return time == null ? null : time.toLocalTime();
  }
}
