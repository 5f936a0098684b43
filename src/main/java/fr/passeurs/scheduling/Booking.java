package fr.passeurs.scheduling;

import fr.passeurs.platform.TimeRange;
import java.util.List;

/**
 * A request to reserve resources for some times, on behalf of a holder (a session, a visit). {@code
 * label} names the holder for whoever meets the reservation later ("Session Tissage de la laine").
 */
public record Booking(
    HolderType holderType,
    String holderId,
    String label,
    String manufactureId,
    List<ResourceRef> resources,
    List<TimeRange> times) {

  public Booking {
    resources = List.copyOf(resources);
    times = List.copyOf(times);
  }
}
