package fr.passeurs.workshop.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.workshop.api.MachineRequest;
import fr.passeurs.workshop.api.RoomRequest;
import fr.passeurs.workshop.api.WorkshopReads;
import fr.passeurs.workshop.api.WorkshopViews.MachineView;
import fr.passeurs.workshop.api.WorkshopViews.RoomView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A manager's page: the rooms and machines of their manufacture. */
@Named
@RequestScoped
public class WorkshopBean {

  @Inject private WorkshopReads workshop;
  @Inject private Caller caller;

  private List<RoomView> rooms;
  private List<MachineView> machines;

  @LimitsOf(value = RoomRequest.class, field = "name")
  private String roomName;

  @LimitsOf(value = RoomRequest.class, field = "capacity")
  private Integer roomCapacity;

  private boolean roomAccessible = true;

  @LimitsOf(value = MachineRequest.class, field = "name")
  private String machineName;

  @LimitsOf(value = MachineRequest.class, field = "kind")
  private String machineKind;

  private String machineRoomId;
  private boolean machineAuthorisation;

  @LimitsOf(value = MachineRequest.class, field = "minimumAge")
  private Integer machineMinimumAge;

  public List<RoomView> getRooms() {
    if (rooms == null) {
      rooms = caller.manufactureId() == null ? List.of() : workshop.rooms(caller.manufactureId());
    }
    return rooms;
  }

  public List<MachineView> getMachines() {
    if (machines == null) {
      machines =
          caller.manufactureId() == null ? List.of() : workshop.machines(caller.manufactureId());
    }
    return machines;
  }

  /** The name of a machine's room, or a dash. */
  public String roomOf(MachineView machine) {
    Map<String, RoomView> byId =
        getRooms().stream().collect(Collectors.toMap(RoomView::id, Function.identity()));
    RoomView room = machine.roomId() == null ? null : byId.get(machine.roomId());
    return room == null ? "—" : room.name();
  }

  public boolean isWithoutManufacture() {
    return caller.manufactureId() == null;
  }

  public String addRoom() {
    try {
      RoomView room =
          workshop.addRoom(
              caller,
              caller.manufactureId(),
              new RoomRequest(roomName, roomCapacity, roomAccessible));
      Feedback.info("workshop.roomAdded", room.name());
      return "/manager/workshop?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String addMachine() {
    try {
      MachineView machine =
          workshop.addMachine(
              caller,
              caller.manufactureId(),
              new MachineRequest(
                  machineName.strip(),
                  machineKind.strip(),
                  machineRoomId,
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
