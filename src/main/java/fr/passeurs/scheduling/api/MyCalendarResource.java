package fr.passeurs.scheduling.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.scheduling.CalendarFeedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own calendar address: their sessions and visits. */
@Path("me/calendar")
@RequestScoped
@RolesAllowed(AuthorizationFilter.ANY_ROLE)
@SecurityRequirement(name = "basic")
@Tag(name = "Calendars")
public class MyCalendarResource {

  @Inject private CalendarFeedService feeds;
  @Inject private Caller caller;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A new private address for the caller's calendar (the old one stops working)")
  public CalendarResource.FeedAddress issue(@Context UriInfo uri) {
    return CalendarResource.address(uri, feeds.issueForMe(caller));
  }

  @DELETE
  @Operation(summary = "Revoke the caller's calendar address")
  @Answers(status = 204)
  public Response revoke() {
    feeds.revokeMine(caller);
    return Response.noContent().build();
  }
}
