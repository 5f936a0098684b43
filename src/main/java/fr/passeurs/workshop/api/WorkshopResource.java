package fr.passeurs.workshop.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.workshop.api.WorkshopViews.ClosureRequest;
import fr.passeurs.workshop.api.WorkshopViews.MachineView;
import fr.passeurs.workshop.api.WorkshopViews.OpeningHours;
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

  @Inject private WorkshopReads workshop;
  @Inject private Caller caller;

  @PathParam("manufactureId")
  String manufactureId;

  @GET
  @Path("{manufactureId}/rooms")
  @PermitAll
  @Operation(summary = "The rooms of a manufacture")
  public List<RoomView> rooms() {
    return workshop.rooms(manufactureId);
  }

  @POST
  @Path("{manufactureId}/rooms")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Add a room (its manager, the admin)")
  @Answers(status = 201, value = RoomView.class)
  public Response addRoom(@Valid RoomRequest body, @Context UriInfo uri) {
    RoomView added = workshop.addRoom(caller, manufactureId, Input.requiredBody(body));
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
        .entity(added)
        .build();
  }

  @PUT
  @Path("{manufactureId}/rooms/{roomId}")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Describe a room (its manager, the admin)")
  public RoomView describeRoom(@PathParam("roomId") String roomId, @Valid RoomRequest body) {
    return workshop.describeRoom(caller, manufactureId, roomId, Input.requiredBody(body));
  }

  @GET
  @Path("{manufactureId}/machines")
  @PermitAll
  @Operation(summary = "The shared machines of a manufacture")
  public List<MachineView> machines() {
    return workshop.machines(manufactureId);
  }

  @POST
  @Path("{manufactureId}/machines")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Add a machine (its manager, the admin)")
  @Answers(status = 201, value = MachineView.class)
  public Response addMachine(@Valid MachineRequest body, @Context UriInfo uri) {
    MachineView added = workshop.addMachine(caller, manufactureId, Input.requiredBody(body));
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
        .entity(added)
        .build();
  }

  @PUT
  @Path("{manufactureId}/machines/{machineId}")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Describe a machine (its manager, the admin)")
  public MachineView describeMachine(
      @PathParam("machineId") String machineId, @Valid MachineRequest body) {
    return workshop.describeMachine(caller, manufactureId, machineId, Input.requiredBody(body));
  }

  @GET
  @Path("{manufactureId}/opening-hours")
  @PermitAll
  @Operation(summary = "Weekly opening hours (Paris time) and closure days")
  public OpeningHours openingHours() {
    return workshop.openingHours(manufactureId);
  }

  @PUT
  @Path("{manufactureId}/opening-hours")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Replace the weekly opening hours (its manager, the admin)")
  public OpeningHours setOpeningHours(PeriodsRequest body) {
    return workshop.setOpeningHours(caller, manufactureId, body == null ? null : body.periods());
  }

  @POST
  @Path("{manufactureId}/closures")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Close the manufacture on a day (its manager, the admin)")
  public OpeningHours close(@Valid ClosureRequest body) {
    return workshop.closeOn(caller, manufactureId, body);
  }

  @DELETE
  @Path("{manufactureId}/closures/{date}")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Open again on a closure day (its manager, the admin)")
  public OpeningHours reopen(@PathParam("date") String date) {
    try {
      return workshop.reopenOn(caller, manufactureId, LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("date", "invalid.type.date");
    }
  }
}
