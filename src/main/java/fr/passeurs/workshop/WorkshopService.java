package fr.passeurs.workshop;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DateRules;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TextRules;
import fr.passeurs.platform.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use cases of a manufacture's workshop: its rooms, its machines, its opening hours and closure
 * days, all described by its managers (or the admin), and the check that a time falls within them.
 */
@ApplicationScoped
@Transactional
public class WorkshopService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private ManufactureService manufactures;

  public Room addRoom(
      Caller caller, String manufactureId, String name, int capacity, boolean accessible) {
    runs(caller, manufactureId);
    Room room = new Room(manufactureId, name, capacity, accessible, clock.instant());
    em.persist(room);
    flushUnique("room-name-taken", "problem.room-name-taken");
    return room;
  }

  public Room describeRoom(
      Caller caller,
      String manufactureId,
      String roomId,
      String name,
      int capacity,
      boolean accessible) {
    Room room = room(manufactureId, roomId);
    runs(caller, manufactureId);
    room.describe(name, capacity, accessible);
    flushUnique("room-name-taken", "problem.room-name-taken");
    return room;
  }

  public Machine addMachine(Caller caller, String manufactureId, MachineDetails details) {
    runs(caller, manufactureId);
    checkRoom(manufactureId, details.roomId());
    Machine machine = new Machine(manufactureId, details, clock.instant());
    em.persist(machine);
    flushUnique("machine-name-taken", "problem.machine-name-taken");
    return machine;
  }

  public Machine describeMachine(
      Caller caller, String manufactureId, String machineId, MachineDetails details) {
    Machine machine = machine(manufactureId, machineId);
    runs(caller, manufactureId);
    checkRoom(manufactureId, details.roomId());
    machine.describe(details);
    flushUnique("machine-name-taken", "problem.machine-name-taken");
    return machine;
  }

  /**
   * Replaces the weekly hours. The manufacture's row is locked first: two managers rewriting them
   * at once get one rewrite after the other, never the rows of both.
   */
  public Manufacture setOpeningHours(
      Caller caller, String manufactureId, List<OpeningPeriod> periods) {
    runs(caller, manufactureId);
    List<OpeningPeriod> week = Manufacture.week(periods);
    Manufacture manufacture = manufactures.lock(manufactureId);
    if (manufacture.dropPeriodsOutside(week)) {
      em.flush();
    }
    manufacture.openOn(week);
    return manufacture;
  }

  public Manufacture closeOn(Caller caller, String manufactureId, LocalDate day, String reason) {
    runs(caller, manufactureId);
    DateRules.planned("date", day, LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    String checked = TextRules.checked("reason", reason, ClosureDay.MAX_REASON, false);
    Manufacture manufacture = manufactures.lock(manufactureId);
    if (manufacture.reopenOn(day)) {
      em.flush();
    }
    manufacture.closeOn(day, checked);
    return manufacture;
  }

  public Manufacture reopenOn(Caller caller, String manufactureId, LocalDate day) {
    runs(caller, manufactureId);
    Manufacture manufacture = manufactures.lock(manufactureId);
    manufacture.reopenOn(day);
    return manufacture;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Room> rooms(String manufactureId) {
    manufactures.get(manufactureId);
    return em.createQuery(
            "SELECT r FROM Room r WHERE r.manufactureId = :m ORDER BY r.name", Room.class)
        .setParameter("m", manufactureId)
        .getResultList();
  }

  /** The rooms of a manufacture as other contexts see them, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RoomSummary> roomSummaries(String manufactureId) {
    return rooms(manufactureId).stream().map(Room::summary).toList();
  }

  /** These rooms as other contexts see them, by id; unknown ids are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, RoomSummary> roomSummaries(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT r FROM Room r WHERE r.id IN :ids", Room.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .collect(java.util.stream.Collectors.toMap(Room::id, Room::summary));
  }

  /** The machines of a manufacture as other contexts see them, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MachineSummary> machineSummariesOf(String manufactureId) {
    return machines(manufactureId).stream().map(Machine::summary).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Machine> machines(String manufactureId) {
    manufactures.get(manufactureId);
    return em.createQuery(
            "SELECT m FROM Machine m WHERE m.manufactureId = :m ORDER BY m.name", Machine.class)
        .setParameter("m", manufactureId)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<RoomSummary> room(String roomId) {
    return Optional.ofNullable(Ids.isWellFormed(roomId) ? em.find(Room.class, roomId) : null)
        .map(Room::summary);
  }

  /** These machines, by id; unknown ids are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, MachineSummary> machineSummaries(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT m FROM Machine m WHERE m.id IN :ids", Machine.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .map(Machine::summary)
        .collect(Collectors.toMap(MachineSummary::id, Function.identity()));
  }

  /** A machine of that manufacture as other contexts see it; 404 if it has no such machine. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MachineSummary machineOf(String manufactureId, String machineId) {
    return machine(manufactureId, machineId).summary();
  }

  /** A machine as other contexts see it, wherever it is; empty if there is none by that id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MachineSummary> machine(String machineId) {
    return Optional.ofNullable(
            Ids.isWellFormed(machineId) ? em.find(Machine.class, machineId) : null)
        .map(Machine::summary);
  }

  /**
   * When the manufacture is open from one day to another (that one excluded), Paris time: its
   * weekly periods on each day that is not a closure day, in order.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TimeRange> openTimes(String manufactureId, LocalDate from, LocalDate until) {
    return manufactures.get(manufactureId).openTimes(from, until);
  }

  /**
   * Why the manufacture is not open for one of these times, naming the first that is not, or
   * nothing if it is open for all of them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Message> whyClosed(String manufactureId, List<TimeRange> times) {
    Manufacture manufacture = manufactures.get(manufactureId);
    for (TimeRange time : times) {
      Message why = manufacture.whyClosed(time);
      if (why != null) {
        return Optional.of(
            Message.of(
                "problem.outside-opening-hours",
                time.localStart().toLocalDate(),
                time.localStart().toLocalTime(),
                time.localEnd().toLocalTime(),
                why));
      }
    }
    return Optional.empty();
  }

  private Room room(String manufactureId, String roomId) {
    Room room = Ids.isWellFormed(roomId) ? em.find(Room.class, roomId) : null;
    if (room == null || !room.manufactureId().equals(manufactureId)) {
      throw DomainException.notFound("room", roomId);
    }
    return room;
  }

  private Machine machine(String manufactureId, String machineId) {
    Machine machine = Ids.isWellFormed(machineId) ? em.find(Machine.class, machineId) : null;
    if (machine == null || !machine.manufactureId().equals(manufactureId)) {
      throw DomainException.notFound("machine", machineId);
    }
    return machine;
  }

  private void checkRoom(String manufactureId, String roomId) {
    if (roomId == null) {
      return;
    }
    Room room = Ids.isWellFormed(roomId) ? em.find(Room.class, roomId) : null;
    if (room == null || !room.manufactureId().equals(manufactureId)) {
      throw DomainException.invalid("roomId", "invalid.room.not-of-manufacture");
    }
  }

  private void runs(Caller caller, String manufactureId) {
    manufactures.get(manufactureId);
    if (!caller.mayRun(manufactureId)) {
      throw DomainException.forbidden("forbidden.manufacture.manage");
    }
  }

  /** Flushes; a name the unique key refuses is a conflict of this type, said by this key. */
  private void flushUnique(String type, String key) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw DomainException.conflict(type, key);
    }
  }
}
