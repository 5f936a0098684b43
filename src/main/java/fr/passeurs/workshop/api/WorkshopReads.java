package fr.passeurs.workshop.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.workshop.ClosureDay;
import fr.passeurs.workshop.Machine;
import fr.passeurs.workshop.Manufacture;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.OpeningPeriod;
import fr.passeurs.workshop.Region;
import fr.passeurs.workshop.Room;
import fr.passeurs.workshop.WorkshopService;
import fr.passeurs.workshop.api.WorkshopViews.Closure;
import fr.passeurs.workshop.api.WorkshopViews.ClosureRequest;
import fr.passeurs.workshop.api.WorkshopViews.MachineView;
import fr.passeurs.workshop.api.WorkshopViews.OpeningHours;
import fr.passeurs.workshop.api.WorkshopViews.Period;
import fr.passeurs.workshop.api.WorkshopViews.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The manufactures and their workshops as the API and the pages both use them: the requests of the
 * API in, the read models of {@link WorkshopViews} and {@link ManufactureView} out; the entities
 * stay here.
 */
@ApplicationScoped
public class WorkshopReads {

  @Inject private WorkshopService workshop;
  @Inject private ManufactureService manufactures;

  /** The manufactures, by name, of a region or all. */
  public Page<ManufactureView> manufactures(Region region, PageRequest page) {
    return manufactures.list(region, page).map(WorkshopReads::view);
  }

  /** A manufacture. */
  public ManufactureView manufacture(String id) {
    return view(manufactures.get(id));
  }

  /** Opens a manufacture (the admin). */
  public ManufactureView open(Caller caller, ManufactureRequest request) {
    return view(manufactures.open(caller, request.toDetails()));
  }

  /** Describes a manufacture again (its managers, the admin). */
  public ManufactureView describe(Caller caller, String id, ManufactureRequest request) {
    return view(manufactures.describe(caller, id, request.toDetails()));
  }

  /** The rooms of a manufacture. */
  public List<RoomView> rooms(String manufactureId) {
    return workshop.rooms(manufactureId).stream().map(WorkshopReads::view).toList();
  }

  /** Adds a room. */
  public RoomView addRoom(Caller caller, String manufactureId, RoomRequest room) {
    return view(
        workshop.addRoom(
            caller,
            manufactureId,
            room.name().strip(),
            room.capacity(),
            Boolean.TRUE.equals(room.wheelchairAccessible())));
  }

  /** Describes a room again. */
  public RoomView describeRoom(
      Caller caller, String manufactureId, String roomId, RoomRequest room) {
    return view(
        workshop.describeRoom(
            caller,
            manufactureId,
            roomId,
            room.name().strip(),
            room.capacity(),
            Boolean.TRUE.equals(room.wheelchairAccessible())));
  }

  /** The shared machines of a manufacture. */
  public List<MachineView> machines(String manufactureId) {
    return workshop.machines(manufactureId).stream().map(WorkshopReads::view).toList();
  }

  /** Adds a machine. */
  public MachineView addMachine(Caller caller, String manufactureId, MachineRequest machine) {
    return view(workshop.addMachine(caller, manufactureId, machine.toDetails()));
  }

  /** Describes a machine again. */
  public MachineView describeMachine(
      Caller caller, String manufactureId, String machineId, MachineRequest machine) {
    return view(workshop.describeMachine(caller, manufactureId, machineId, machine.toDetails()));
  }

  /** When a manufacture is open, and its closure days. */
  public OpeningHours openingHours(String manufactureId) {
    return hours(manufactures.get(manufactureId));
  }

  /**
   * Replaces the weekly opening hours; each period needs its day and two times, the first before
   * the second ({@code periods[i]} names a refused one).
   */
  public OpeningHours setOpeningHours(Caller caller, String manufactureId, List<Period> given) {
    if (given == null) {
      throw DomainException.invalid("periods", "invalid.periods.list");
    }
    List<OpeningPeriod> periods = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Period period = given.get(i);
      if (period == null
          || period.day() == null
          || period.opens() == null
          || period.closes() == null
          || !period.opens().isBefore(period.closes())) {
        errors.add(new FieldError("periods[" + i + "]", "invalid.period.day-hours"));
      } else {
        periods.add(new OpeningPeriod(period.day(), period.opens(), period.closes()));
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return hours(workshop.setOpeningHours(caller, manufactureId, periods));
  }

  /** Closes on a day, with an optional reason. */
  public OpeningHours closeOn(Caller caller, String manufactureId, ClosureRequest closure) {
    if (closure == null || closure.date() == null) {
      throw DomainException.invalid("date", "invalid.required");
    }
    return hours(workshop.closeOn(caller, manufactureId, closure.date(), closure.reason()));
  }

  /** Opens again on a closure day. */
  public OpeningHours reopenOn(Caller caller, String manufactureId, LocalDate day) {
    return hours(workshop.reopenOn(caller, manufactureId, day));
  }

  static ManufactureView view(Manufacture m) {
    return new ManufactureView(
        m.id(),
        m.name(),
        m.street(),
        m.postalCode(),
        m.city(),
        m.region().name(),
        m.region().label(),
        m.location().latitude(),
        m.location().longitude(),
        m.description(),
        m.createdAt());
  }

  private static RoomView view(Room r) {
    return new RoomView(
        r.id(), r.manufactureId(), r.name(), r.capacity(), r.wheelchairAccessible());
  }

  private static MachineView view(Machine m) {
    return new MachineView(
        m.id(),
        m.manufactureId(),
        m.roomId(),
        m.name(),
        m.kind(),
        m.requiresAuthorisation(),
        m.minimumAge());
  }

  private static OpeningHours hours(Manufacture m) {
    return new OpeningHours(
        "Europe/Paris",
        m.openingPeriods().stream().map(p -> new Period(p.day(), p.opens(), p.closes())).toList(),
        m.closures().stream().map(WorkshopReads::closure).toList());
  }

  private static Closure closure(ClosureDay c) {
    return new Closure(c.day(), c.reason());
  }
}
