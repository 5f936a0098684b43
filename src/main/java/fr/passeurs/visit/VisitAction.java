package fr.passeurs.visit;

import java.util.Arrays;
import java.util.Optional;

/**
 * A step in the life of a booking, as its history records it. The teacher requests; the host
 * confirms, declines or marks done; either side cancels; the teacher confirms the numbers present;
 * the platform expires a request nobody answered.
 */
public enum VisitAction {
  REQUEST("request"),
  CONFIRM("confirm"),
  DECLINE("decline"),
  CANCEL("cancel"),
  MARK_DONE("markDone"),
  /** The teacher confirms the numbers present that the host recorded. */
  CONFIRM_ATTENDANCE("confirmAttendance"),
  EXPIRE("expire");

  private final String apiName;

  VisitAction(String apiName) {
    this.apiName = apiName;
  }

  /** The name in the API: {@code POST /api/visit-bookings/{id}/{apiName}}. */
  public String apiName() {
    return apiName;
  }

  /** The actions a person may ask for on an existing booking, by API name. */
  public static Optional<VisitAction> callable(String apiName) {
    return Arrays.stream(values())
        .filter(a -> a != REQUEST && a != EXPIRE && a.apiName.equals(apiName))
        .findFirst();
  }
}
