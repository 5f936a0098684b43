package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationView;
import fr.passeurs.machinepark.api.MachineParkViews.AvailabilityView;
import fr.passeurs.machinepark.api.MachineParkViews.GrantRequest;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.machinepark.api.MachineParkViews.OutageRequest;
import fr.passeurs.machinepark.api.MachineParkViews.OutageView;
import fr.passeurs.machinepark.api.MachineParkViews.RulesView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A manufacture's machine park: each machine's rules, free windows, authorisations, bookings. */
@Path("manufactures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Machine park",
    description = "Booking rules, authorisations and bookings of a manufacture's shared machines.")
public class ParkResource {

  /** The longest window of bookings one request may ask for. */
  static final Duration MAX_WINDOW = Duration.ofDays(93);

  @Inject private MachineParkReads park;
  @Inject private Caller caller;

  @PathParam("manufactureId")
  String manufactureId;

  @PathParam("machineId")
  String machineId;

  @GET
  @Path("{manufactureId}/machines/{machineId}/booking-rules")
  @PermitAll
  @Operation(
      summary = "A machine's booking rules",
      description = "A machine whose rules were never set is not bookable.")
  public RulesView rules() {
    return park.rules(manufactureId, machineId);
  }

  @PUT
  @Path("{manufactureId}/machines/{machineId}/booking-rules")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Set a machine's booking rules (its managers, the admin)",
      description =
          "Every field is required. slotMinutes 15, 30 or 60; minMinutes and maxMinutes multiples"
              + " of it, at most 720; weeklyHours 1 to 168 per person and calendar week (Paris"
              + " time); horizonDays 1 to 365; freeCancelHours 0 to 720; hourlyRateCents 0 or more."
              + " Whether an authorisation is required and the minimum age stay on the machine.")
  public RulesView setRules(RulesView body) {
    return park.setRules(caller, manufactureId, machineId, Input.requiredBody(body));
  }

  @GET
  @Path("{manufactureId}/machines/{machineId}/availability")
  @PermitAll
  @Operation(
      summary = "When a machine may be booked",
      description =
          "from and to are days (to excluded, at most 42 days after from; by default the 7 days"
              + " from today). The windows respect the opening hours, closure days, the calendar"
              + " and the rules (step, shortest booking, horizon); instants in UTC.")
  public AvailabilityView availability(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    Input input = new Input();
    LocalDate start = day(input, "from", from);
    LocalDate end = day(input, "to", to);
    input.throwIfInvalid();
    LocalDate first = start == null ? park.today() : start;
    LocalDate until = end == null ? first.plusDays(7) : end;
    if (!first.isBefore(until)) {
      throw DomainException.invalid("to", "invalid.window.to-after-from");
    }
    return park.availability(manufactureId, machineId, first, until);
  }

  @GET
  @Path("{manufactureId}/machines/{machineId}/authorisations")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Who is or was authorised on a machine (its managers, the admin)")
  public List<AuthorisationView> authorisations() {
    return park.authorisationsOf(caller, manufactureId, machineId);
  }

  @POST
  @Path("{manufactureId}/machines/{machineId}/authorisations")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Authorise a person on a machine (its managers, the admin)",
      description =
          "accountId: an active artisan of the manufacture; reason required; expiresOn optional"
              + " (the last day it holds). Granting again rewrites the authorisation.")
  @Answers(status = 201, value = AuthorisationView.class)
  public Response grant(@Valid GrantRequest body, @Context UriInfo uri) {
    AuthorisationView granted =
        park.grant(caller, manufactureId, machineId, Input.requiredBody(body));
    return Response.created(
            uri.getBaseUriBuilder().path("authorisations").path(granted.id()).build())
        .entity(granted)
        .build();
  }

  @GET
  @Path("{manufactureId}/machines/{machineId}/bookings")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "A machine's bookings between from and to (its managers, the admin)",
      description = "from and to are ISO instants, at most 93 days apart; cancelled ones included.")
  public List<MachineBookingView> bookings(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    Input input = new Input();
    Instant start = input.moment("from", from, false);
    Instant end = input.moment("to", to, true);
    input.check(start != null, "from", "invalid.required");
    input.check(end != null, "to", "invalid.required");
    input.throwIfInvalid();
    if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
      throw DomainException.invalid("to", "invalid.window.max-days", MAX_WINDOW.toDays());
    }
    return park.bookingsOf(caller, manufactureId, machineId, new TimeRange(start, end));
  }

  @GET
  @Path("{manufactureId}/machines/{machineId}/outages")
  @PermitAll
  @Operation(summary = "A machine's outages still to end (out of order, maintenance), by start")
  public List<OutageView> outages() {
    return park.outagesOf(manufactureId, machineId);
  }

  @POST
  @Path("{manufactureId}/machines/{machineId}/outages")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Declare a machine out of service for a period (its managers, the admin)",
      description =
          "kind OUT_OF_ORDER or MAINTENANCE, start, end (widened to the quarter hour), reason."
              + " The machine bookings in the period are cancelled, not counted, and their holders"
              + " told. 409 booking-conflict, naming it, while a training session or a class visit"
              + " uses the machine in the period: move or cancel it first.")
  @Answers(status = 201, value = OutageView.class)
  public Response declareOutage(@Valid OutageRequest body, @Context UriInfo uri) {
    OutageView declared =
        park.declareOutage(caller, manufactureId, machineId, Input.requiredBody(body));
    return Response.created(uri.getBaseUriBuilder().path("outages").path(declared.id()).build())
        .entity(declared)
        .build();
  }

  @POST
  @Path("{manufactureId}/machines/{machineId}/watches")
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Ask to be told when a machine frees up between from and to (its artisans)",
      description =
          "from, to: instants, at most 14 days apart, not all past; at most 20 waiting. The first"
              + " booking cancelled in that window tells the caller (a notification, and a mail"
              + " when mail is set up): the time is offered, not held, first come first served.")
  @Answers(status = 201, value = MachineParkViews.WatchView.class)
  public Response watch(MachineParkViews.WatchRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(park.watch(caller, manufactureId, machineId, Input.requiredBody(body)))
        .build();
  }

  private static LocalDate day(Input input, String field, String raw) {
    if (Input.isBlank(raw)) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      input.reject(field, "invalid.type.date");
      return null;
    }
  }
}
