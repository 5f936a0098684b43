package fr.passeurs.notification.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notifications. */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AuthorizationFilter.ANY_ROLE)
@SecurityRequirement(name = "basic")
@Tag(name = "Notifications", description = "What the platform told each person.")
public class NotificationResource {

  @Inject private NotificationReads notifications;
  @Inject private Caller caller;

  @GET
  @Operation(summary = "The caller's notifications, newest first (unread=true: only unread)")
  public Page<NotificationView> list(
      @QueryParam("unread") String unread,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    PageRequest request = PageRequest.of(input, page, size);
    input.check(
        unread == null || unread.equals("true") || unread.equals("false"),
        "unread",
        "invalid.type.boolean");
    input.throwIfInvalid();
    return notifications.mine(caller, "true".equals(unread), request);
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark a notification read")
  public NotificationView read(@PathParam("id") String id) {
    return notifications.markRead(caller, id);
  }

  @POST
  @Path("read")
  @Operation(summary = "Mark every notification read")
  public Map<String, Integer> readAll() {
    return Map.of("marked", notifications.markAllRead(caller));
  }
}
