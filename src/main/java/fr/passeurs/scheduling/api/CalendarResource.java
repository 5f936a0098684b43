package fr.passeurs.scheduling.api;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.ICalendar;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.scheduling.CalendarFeedService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A private calendar feed, read by calendar applications with the token in its address. */
@Path("calendars")
@RequestScoped
@Tag(
    name = "Calendars",
    description = "The one calendar of rooms, machines and artisans, and private iCalendar feeds.")
public class CalendarResource {

  @Inject private CalendarFeedService feeds;

  @GET
  @Path("{file}")
  @Produces(ICalendar.MEDIA_TYPE)
  @PermitAll
  @Operation(summary = "A calendar feed (iCalendar, Europe/Paris) behind its private token")
  @Answers(status = 200, value = String.class, mediaType = ICalendar.MEDIA_TYPE)
  public Response feed(@PathParam("file") String file) {
    String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
    return Response.ok(feeds.render(token), ICalendar.MEDIA_TYPE)
        .header("Cache-Control", "private, max-age=300")
        .build();
  }

  /** Where a feed is. */
  public record FeedAddress(URI url) {}

  static FeedAddress address(UriInfo uri, String token) {
    if (token == null) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, "not-found", "problem.calendar-not-found");
    }
    return new FeedAddress(uri.getBaseUriBuilder().path("calendars").path(token + ".ics").build());
  }
}
