package fr.passeurs.workshop.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.workshop.Machine;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.OpeningPeriod;
import fr.passeurs.workshop.Room;
import fr.passeurs.workshop.WorkshopService;
import fr.passeurs.workshop.api.WorkshopViews.ClosureRequest;
import fr.passeurs.workshop.api.WorkshopViews.MachineView;
import fr.passeurs.workshop.api.WorkshopViews.OpeningHours;
import fr.passeurs.workshop.api.WorkshopViews.Period;
import fr.passeurs.workshop.api.WorkshopViews.PeriodsRequest;
import fr.passeurs.workshop.api.WorkshopViews.RoomView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A manufacture's rooms, machines and opening hours: public to read, its managers write them. */
@Path("manufactures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Workshop",
    description = "A manufacture's rooms, machines, opening hours and closure days.")
public class WorkshopResource {

  @Inject private WorkshopService workshop;
  @Inject private ManufactureService manufactures;
  @Inject private Caller caller;

  @PathParam("manufactureId")
  String manufactureId;

  @GET
  @Path("{manufactureId}/rooms")
  @PermitAll
  @Operation(summary = "The rooms of a manufacture")
  public List<RoomView> rooms() {
    return workshop.rooms(manufactureId).stream().map(RoomView::of).toList();
  }

  @POST
  @Path("{manufactureId}/rooms")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Add a room (its manager, the admin)")
  @Answers(status = 201, value = RoomView.class)
  public Response addRoom(@Valid RoomRequest body, @Context UriInfo uri) {
    RoomRequest room = Input.requiredBody(body);
    Room added =
        workshop.addRoom(
            caller,
            manufactureId,
            room.name(),
            room.capacity(),
            Boolean.TRUE.equals(room.wheelchairAccessible()));
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
        .entity(RoomView.of(added))
        .build();
  }

  @PUT
  @Path("{manufactureId}/rooms/{roomId}")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Describe a room (its manager, the admin)")
  public RoomView describeRoom(@PathParam("roomId") String roomId, @Valid RoomRequest body) {
    RoomRequest room = Input.requiredBody(body);
    return RoomView.of(
        workshop.describeRoom(
            caller,
            manufactureId,
            roomId,
            room.name(),
            room.capacity(),
            Boolean.TRUE.equals(room.wheelchairAccessible())));
  }

  @GET
  @Path("{manufactureId}/machines")
  @PermitAll
  @Operation(summary = "The shared machines of a manufacture")
  public List<MachineView> machines() {
    return workshop.machines(manufactureId).stream().map(MachineView::of).toList();
  }

  @POST
  @Path("{manufactureId}/machines")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Add a machine (its manager, the admin)")
  @Answers(status = 201, value = MachineView.class)
  public Response addMachine(@Valid MachineRequest body, @Context UriInfo uri) {
    Machine added =
        workshop.addMachine(caller, manufactureId, Input.requiredBody(body).toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
        .entity(MachineView.of(added))
        .build();
  }

  @PUT
  @Path("{manufactureId}/machines/{machineId}")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Describe a machine (its manager, the admin)")
  public MachineView describeMachine(
      @PathParam("machineId") String machineId, @Valid MachineRequest body) {
    return MachineView.of(
        workshop.describeMachine(
            caller, manufactureId, machineId, Input.requiredBody(body).toDetails()));
  }

  @GET
  @Path("{manufactureId}/opening-hours")
  @PermitAll
  @Operation(summary = "Weekly opening hours (Paris time) and closure days")
  public OpeningHours openingHours() {
    return OpeningHours.of(manufactures.get(manufactureId));
  }

  @PUT
  @Path("{manufactureId}/opening-hours")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Replace the weekly opening hours (its manager, the admin)")
  public OpeningHours setOpeningHours(PeriodsRequest body) {
    if (body == null || body.periods() == null) {
      throw DomainException.invalid("periods", "invalid.periods.list");
    }
    List<OpeningPeriod> periods = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < body.periods().size(); i++) {
      Period period = body.periods().get(i);
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
    return OpeningHours.of(workshop.setOpeningHours(caller, manufactureId, periods));
  }

  @POST
  @Path("{manufactureId}/closures")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Close the manufacture on a day (its manager, the admin)")
  public OpeningHours close(ClosureRequest body) {
    if (body == null || body.date() == null) {
      throw DomainException.invalid("date", "invalid.required");
    }
    return OpeningHours.of(workshop.closeOn(caller, manufactureId, body.date(), body.reason()));
  }

  @DELETE
  @Path("{manufactureId}/closures/{date}")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Open again on a closure day (its manager, the admin)")
  public OpeningHours reopen(@PathParam("date") String date) {
    try {
      return OpeningHours.of(workshop.reopenOn(caller, manufactureId, LocalDate.parse(date)));
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("date", "invalid.type.date");
    }
  }
}
