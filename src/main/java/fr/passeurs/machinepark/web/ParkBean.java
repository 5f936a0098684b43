package fr.passeurs.machinepark.web;

import fr.passeurs.machinepark.MachineRules;
import fr.passeurs.machinepark.api.MachineParkReads;
import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationView;
import fr.passeurs.platform.Caller;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The machine park of the caller's manufacture: each machine with its room and rules, and whether
 * the caller may book it, or what stands in the way.
 */
@Named
@RequestScoped
public class ParkBean {

  @Inject private MachineParkReads park;
  @Inject private WorkshopService workshop;
  @Inject private Caller caller;

  private List<Card> cards;

  /** Where the caller stands with a machine. */
  public enum Standing {
    /** Open to bookings and the caller may book it. */
    MAY_BOOK,
    /** Open to bookings, but an authorisation is needed that the caller does not hold. */
    AUTHORISATION_NEEDED,
    /** Not open to bookings. */
    NOT_BOOKABLE
  }

  /** A machine as the park shows it. */
  public record Card(MachineSummary machine, String room, MachineRules rules, Standing standing) {

    public String getStandingKey() {
      return "park.standing." + standing.name();
    }

    public boolean isBookable() {
      return standing == Standing.MAY_BOOK;
    }
  }

  public boolean isWithoutManufacture() {
    return caller.manufactureId() == null;
  }

  public boolean isManager() {
    return caller.mayRun(caller.manufactureId());
  }

  public List<Card> getCards() {
    if (cards == null) {
      cards = isWithoutManufacture() ? List.of() : cardsOf(caller.manufactureId());
    }
    return cards;
  }

  private List<Card> cardsOf(String manufactureId) {
    List<MachineSummary> machines = workshop.machineSummariesOf(manufactureId);
    Map<String, MachineRules> rules =
        park.rulesOf(machines.stream().map(MachineSummary::id).toList());
    Map<String, RoomSummary> rooms =
        workshop.roomSummaries(manufactureId).stream()
            .collect(Collectors.toMap(RoomSummary::id, Function.identity()));
    Set<String> authorised =
        park.myAuthorisations(caller).stream()
            .filter(AuthorisationView::valid)
            .map(AuthorisationView::machineId)
            .collect(Collectors.toSet());
    return machines.stream()
        .map(
            m -> {
              MachineRules r = rules.get(m.id());
              Standing standing =
                  !r.bookable()
                      ? Standing.NOT_BOOKABLE
                      : m.requiresAuthorisation() && !authorised.contains(m.id()) && !isManager()
                          ? Standing.AUTHORISATION_NEEDED
                          : Standing.MAY_BOOK;
              RoomSummary room = m.roomId() == null ? null : rooms.get(m.roomId());
              return new Card(m, room == null ? null : room.name(), r, standing);
            })
        .toList();
  }
}
