package fr.passeurs.workshop.api;

import fr.passeurs.platform.TextSize;
import fr.passeurs.workshop.ClosureDay;
import fr.passeurs.workshop.Machine;
import fr.passeurs.workshop.Manufacture;
import fr.passeurs.workshop.OpeningPeriod;
import fr.passeurs.workshop.Room;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** How the workshop looks in the API. */
public final class WorkshopViews {

  private WorkshopViews() {}

  /** A room. */
  public record RoomView(
      String id, String manufactureId, String name, int capacity, boolean wheelchairAccessible) {
    static RoomView of(Room r) {
      return new RoomView(
          r.id(), r.manufactureId(), r.name(), r.capacity(), r.wheelchairAccessible());
    }
  }

  /** A machine. */
  public record MachineView(
      String id,
      String manufactureId,
      String roomId,
      String name,
      String kind,
      boolean requiresAuthorisation,
      Integer minimumAge) {
    static MachineView of(Machine m) {
      return new MachineView(
          m.id(),
          m.manufactureId(),
          m.roomId(),
          m.name(),
          m.kind(),
          m.requiresAuthorisation(),
          m.minimumAge());
    }
  }

  /** A weekly opening period, in Paris time. */
  public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {
    static Period of(OpeningPeriod p) {
      return new Period(p.day(), p.opens(), p.closes());
    }
  }

  /** A closure day. */
  public record Closure(LocalDate date, String reason) {
    static Closure of(ClosureDay c) {
      return new Closure(c.day(), c.reason());
    }
  }

  /** When the manufacture is open. */
  public record OpeningHours(String timeZone, List<Period> periods, List<Closure> closures) {
    static OpeningHours of(Manufacture m) {
      return new OpeningHours(
          "Europe/Paris",
          m.openingPeriods().stream().map(Period::of).toList(),
          m.closures().stream().map(Closure::of).toList());
    }
  }

  /** The weekly opening periods a manager sets. */
  public record PeriodsRequest(List<Period> periods) {}

  /** A closure day a manager adds. */
  public record ClosureRequest(LocalDate date, @TextSize(max = 200) String reason) {}
}
