package fr.passeurs.workshop.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.workshop.Machine;
import fr.passeurs.workshop.MachineDetails;
import fr.passeurs.workshop.Room;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A manager's page: the rooms and machines of their manufacture. */
@Named
@RequestScoped
public class WorkshopBean {

  @Inject private WorkshopService workshop;
  @Inject private Caller caller;

  private List<Room> rooms;
  private List<Machine> machines;

  @NotBlank
  @Size(max = 120)
  private String roomName;

  @NotNull
  @Min(1)
  @Max(500)
  private Integer roomCapacity;

  private boolean roomAccessible = true;

  @NotBlank
  @Size(max = 120)
  private String machineName;

  @NotBlank
  @Size(max = 80)
  private String machineKind;

  private String machineRoomId;
  private boolean machineAuthorisation;

  @Min(0)
  @Max(99)
  private Integer machineMinimumAge;

  public List<Room> getRooms() {
    if (rooms == null) {
      rooms = caller.manufactureId() == null ? List.of() : workshop.rooms(caller.manufactureId());
    }
    return rooms;
  }

  public List<Machine> getMachines() {
    if (machines == null) {
      machines =
          caller.manufactureId() == null ? List.of() : workshop.machines(caller.manufactureId());
    }
    return machines;
  }

  /** The name of a machine's room, or a dash. */
  public String roomOf(Machine machine) {
    Map<String, Room> byId =
        getRooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
    Room room = machine.roomId() == null ? null : byId.get(machine.roomId());
    return room == null ? "—" : room.name();
  }

  public boolean isWithoutManufacture() {
    return caller.manufactureId() == null;
  }

  public String addRoom() {
    try {
      Room room =
          workshop.addRoom(
              caller, caller.manufactureId(), roomName.trim(), roomCapacity, roomAccessible);
      Feedback.info("workshop.roomAdded", room.name());
      return "/manager/workshop?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String addMachine() {
    try {
      Machine machine =
          workshop.addMachine(
              caller,
              caller.manufactureId(),
              new MachineDetails(
                  machineName.trim(),
                  machineKind.trim(),
                  machineRoomId == null || machineRoomId.isBlank() ? null : machineRoomId,
                  machineAuthorisation,
                  machineMinimumAge));
      Feedback.info("workshop.machineAdded", machine.name());
      return "/manager/workshop?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String getRoomName() {
    return roomName;
  }

  public void setRoomName(String roomName) {
    this.roomName = roomName;
  }

  public Integer getRoomCapacity() {
    return roomCapacity;
  }

  public void setRoomCapacity(Integer roomCapacity) {
    this.roomCapacity = roomCapacity;
  }

  public boolean isRoomAccessible() {
    return roomAccessible;
  }

  public void setRoomAccessible(boolean roomAccessible) {
    this.roomAccessible = roomAccessible;
  }

  public String getMachineName() {
    return machineName;
  }

  public void setMachineName(String machineName) {
    this.machineName = machineName;
  }

  public String getMachineKind() {
    return machineKind;
  }

  public void setMachineKind(String machineKind) {
    this.machineKind = machineKind;
  }

  public String getMachineRoomId() {
    return machineRoomId;
  }

  public void setMachineRoomId(String machineRoomId) {
    this.machineRoomId = machineRoomId;
  }

  public boolean isMachineAuthorisation() {
    return machineAuthorisation;
  }

  public void setMachineAuthorisation(boolean machineAuthorisation) {
    this.machineAuthorisation = machineAuthorisation;
  }

  public Integer getMachineMinimumAge() {
    return machineMinimumAge;
  }

  public void setMachineMinimumAge(Integer machineMinimumAge) {
    this.machineMinimumAge = machineMinimumAge;
  }
}
