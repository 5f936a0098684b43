package fr.passeurs.scheduling.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.scheduling.CalendarFeedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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

/** A room's calendar address, for its manufacture's managers. */
@Path("manufactures/{manufactureId}/rooms/{roomId}/calendar")
@RequestScoped
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = "basic")
@Tag(name = "Calendars")
public class RoomCalendarResource {

  @Inject private CalendarFeedService feeds;
  @Inject private Caller caller;

  @PathParam("manufactureId")
  String manufactureId;

  @PathParam("roomId")
  String roomId;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A new private address for the room's calendar (the old one stops working)")
  public CalendarResource.FeedAddress issue(@Context UriInfo uri) {
    return CalendarResource.address(uri, feeds.issueForRoom(caller, manufactureId, roomId));
  }

  @DELETE
  @Operation(summary = "Revoke the room's calendar address")
  @Answers(status = 204)
  public Response revoke() {
    feeds.revokeRoom(caller, manufactureId, roomId);
    return Response.noContent().build();
  }
}
