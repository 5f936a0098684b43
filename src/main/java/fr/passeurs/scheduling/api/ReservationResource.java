package fr.passeurs.scheduling.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.scheduling.ReservationView;
import fr.passeurs.scheduling.SchedulingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one calendar of a manufacture: who reserved which room, machine or artisan, when. */
@Path("manufactures/{manufactureId}/reservations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars")
public class ReservationResource {

  /** Longest window one request may ask for. */
  static final Duration MAX_WINDOW = Duration.ofDays(93);

  @Inject private SchedulingService scheduling;
  @Inject private Caller caller;

  /** A reservation in the API. */
  public record ReservationItem(
      String id,
      String resourceType,
      String resourceId,
      String resource,
      Instant start,
      Instant end,
      String holderType,
      String holderId,
      String label) {
    static ReservationItem of(ReservationView r) {
      return new ReservationItem(
          r.id(),
          r.resourceType().name(),
          r.resourceId(),
          r.resourceLabel(),
          r.time().start(),
          r.time().end(),
          r.holderType().name(),
          r.holderId(),
          r.label());
    }
  }

  @GET
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary =
          "Reservations between from and to (ISO instants, at most 93 days): the manufacture's artisans and managers")
  public List<ReservationItem> list(
      @PathParam("manufactureId") String manufactureId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    if (!caller.isAdmin() && !manufactureId.equals(caller.manufactureId())) {
      throw DomainException.forbidden("forbidden.manufacture.calendar");
    }
    Input input = new Input();
    Instant start = input.moment("from", from, false);
    Instant end = input.moment("to", to, true);
    input.check(start != null, "from", "invalid.required");
    input.check(end != null, "to", "invalid.required");
    input.throwIfInvalid();
    if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
      throw DomainException.invalid("to", "invalid.window.max-days", MAX_WINDOW.toDays());
    }
    return scheduling.ofManufacture(manufactureId, new TimeRange(start, end)).stream()
        .map(ReservationItem::of)
        .toList();
  }
}
