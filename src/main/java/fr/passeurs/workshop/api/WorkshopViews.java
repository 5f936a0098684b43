package fr.passeurs.workshop.api;

import fr.passeurs.platform.TextSize;
import fr.passeurs.workshop.ClosureDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** How the workshop looks in the API. */
public final class WorkshopViews {

  private WorkshopViews() {}

  /** A room. */
  public record RoomView(
      String id, String manufactureId, String name, int capacity, boolean wheelchairAccessible) {}

  /** A machine. */
  public record MachineView(
      String id,
      String manufactureId,
      String roomId,
      String name,
      String kind,
      boolean requiresAuthorisation,
      Integer minimumAge) {}

  /** A weekly opening period, in Paris time. */
  public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {}

  /** A closure day. */
  public record Closure(LocalDate date, String reason) {}

  /** When the manufacture is open. */
  public record OpeningHours(String timeZone, List<Period> periods, List<Closure> closures) {}

  /** The weekly opening periods a manager sets. */
  public record PeriodsRequest(List<Period> periods) {}

  /** A closure day a manager adds. */
  public record ClosureRequest(
      LocalDate date, @TextSize(max = ClosureDay.MAX_REASON) String reason) {}
}
