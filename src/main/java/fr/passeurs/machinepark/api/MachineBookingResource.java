package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingRequest;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bookings of shared machines: made, cancelled, marked missed or let go. */
@Path("machine-bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Machine park")
@SecurityRequirement(name = "basic")
public class MachineBookingResource {

  @Inject private MachineParkReads park;
  @Inject private Caller caller;

  @POST
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Book a machine",
      description =
          "machineId, start and end (instants on the machine's step, Paris time). An active"
              + " artisan of the manufacture books for themselves; its managers for one of its"
              + " artisans (forAccountId), beyond the weekly quota and the horizon if need be."
              + " Refusals: 409 booking-conflict (naming what is in the way), outside-hours,"
              + " quota-exceeded, beyond-horizon, not-bookable; 403 not-authorised, too-young,"
              + " not-a-member; 400 too-short, too-long or the failing fields.")
  @Answers(status = 201, value = MachineBookingView.class)
  public Response book(@Valid MachineBookingRequest body, @Context UriInfo uri) {
    MachineBookingView booked = park.book(caller, Input.requiredBody(body));
    return Response.created(uri.getAbsolutePathBuilder().path(booked.id()).build())
        .entity(booked)
        .build();
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Cancel a machine booking",
      description =
          "Its holder before it starts, a manager until it ends; the time is free at once. After"
              + " the free-cancellation limit the booking still counts as used.")
  public MachineBookingView cancel(@PathParam("id") String id) {
    return park.cancel(caller, id);
  }

  @POST
  @Path("{id}/no-show")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Mark a started booking missed: it counts as used (its managers)")
  public MachineBookingView noShow(@PathParam("id") String id) {
    return park.markNoShow(caller, id);
  }

  @POST
  @Path("{id}/waiver")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Let a booking go: it no longer counts as used (its managers)")
  public MachineBookingView waive(@PathParam("id") String id) {
    return park.waive(caller, id);
  }
}
