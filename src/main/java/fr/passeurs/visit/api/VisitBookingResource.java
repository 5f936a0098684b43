package fr.passeurs.visit.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.OptionalBody;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import fr.passeurs.visit.VisitAction;
import fr.passeurs.visit.VisitStatus;
import fr.passeurs.visit.api.VisitViews.ActionRequest;
import fr.passeurs.visit.api.VisitViews.BookingView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Class visit bookings: teachers request, hosts answer, either side cancels. */
@Path("visit-bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Class visits")
@SecurityRequirement(name = "basic")
public class VisitBookingResource {

  @Inject private VisitReads visits;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @POST
  @RolesAllowed(Role.TEACHER_NAME)
  @Operation(
      summary = "Request a class visit",
      description =
          "For a school the teacher registered (POST /api/me/schools). Refused with the failing"
              + " fields: level not welcomed, group over the offer's or the room's size, too few"
              + " adults for the level, a time outside the offer's periods or the opening hours.")
  @Answers(status = 201, value = BookingView.class)
  public Response request(BookingRequest body, @Context UriInfo uri) {
    BookingView booking =
        visits.request(caller, Input.requiredBody(body), Problems.language(headers));
    return Response.created(uri.getAbsolutePathBuilder().path(booking.id()).build())
        .entity(booking)
        .build();
  }

  @GET
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "The class visits of a manufacture (its managers, the admin)",
      description = "manufacture is required; status narrows. Soonest first.")
  public Page<BookingView> ofManufacture(
      @QueryParam("manufacture") String manufacture,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    input.check(!Input.isBlank(manufacture), "manufacture", "invalid.required");
    VisitStatus wanted = input.enumValue("status", status, VisitStatus.class);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return visits.ofManufacture(
        caller, manufacture.trim(), wanted, request, Problems.language(headers));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.TEACHER_NAME, Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "One class visit, with its history and the actions the caller may take now")
  public BookingView get(@PathParam("id") String id) {
    return visits.booking(caller, id, Problems.language(headers));
  }

  @POST
  @Path("{id}/{action}")
  @RolesAllowed({Role.TEACHER_NAME, Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Act on a class visit: confirm, decline, cancel, markDone or confirmAttendance",
      description =
          "confirm {choice}: reserves the room and the artisan (409 booking-conflict names what is"
              + " in the way); decline {reason}; cancel {reason} (after the cancellation limit, a"
              + " manager only); markDone {presentPupils, presentAdults} after the visit;"
              + " confirmAttendance (the teacher, once done). 409"
              + " visit-state when the status does not allow it, 403 when the caller may not.")
  public BookingView act(
      @PathParam("id") String id,
      @PathParam("action") String action,
      @OptionalBody ActionRequest body) {
    VisitAction wanted =
        VisitAction.callable(action)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.NOT_FOUND,
                        "not-found",
                        "problem.visit-action-unknown",
                        action));
    return visits.act(caller, id, wanted, body, Problems.language(headers));
  }
}
