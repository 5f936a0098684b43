package fr.passeurs.training;

import fr.passeurs.platform.TimeRange;
import java.util.List;

/**
 * A session as the attendance register sees it: who teaches, where, its half-days in order, and who
 * holds a confirmed seat.
 */
public record SessionRoster(
    String sessionId,
    String trainingId,
    String title,
    String knowHowId,
    String artisanId,
    String manufactureId,
    List<TimeRange> halfDays,
    List<String> participantIds,
    boolean cancelled) {

  public SessionRoster {
    halfDays = List.copyOf(halfDays);
    participantIds = List.copyOf(participantIds);
  }
}
