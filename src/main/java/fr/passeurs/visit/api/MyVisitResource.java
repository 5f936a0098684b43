package fr.passeurs.visit.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import fr.passeurs.visit.VisitStatus;
import fr.passeurs.visit.api.VisitViews.BookingView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own class visits, as teacher or host. */
@Path("me/visit-bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Class visits")
@SecurityRequirement(name = "basic")
public class MyVisitResource {

  @Inject private VisitReads visits;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @GET
  @RolesAllowed({Role.TEACHER_NAME, Role.ARTISAN_NAME})
  @Operation(summary = "My class visits: those I booked (teacher) or host (artisan), soonest first")
  public Page<BookingView> mine(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    VisitStatus wanted = input.enumValue("status", status, VisitStatus.class);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return visits.mine(caller, wanted, request, Problems.language(headers));
  }
}
