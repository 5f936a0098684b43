package fr.passeurs.training;

import fr.passeurs.platform.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** When and where a session takes place, as its artisan plans it. */
public record SessionPlan(
    String roomId,
    Set<String> machineIds,
    List<TimeRange> times,
    int seats,
    Instant enrolmentDeadline) {

  public SessionPlan {
    machineIds = machineIds == null ? Set.of() : Set.copyOf(machineIds);
    times = times == null ? List.of() : List.copyOf(times);
  }
}
