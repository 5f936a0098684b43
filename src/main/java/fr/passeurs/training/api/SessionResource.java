package fr.passeurs.training.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.OptionalBody;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import fr.passeurs.search.SearchQuery;
import fr.passeurs.training.SessionQuery;
import fr.passeurs.training.api.TrainingViews.EnrolmentView;
import fr.passeurs.training.api.TrainingViews.SessionParticipantView;
import fr.passeurs.training.api.TrainingViews.SessionView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sessions: anyone browses them, apprentices enrol, their artisan sees who comes. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trainings")
public class SessionResource {

  @Inject private TrainingReads trainings;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  /** The language of the request ({@code Accept-Language}): French or English. */
  private Locale language() {
    return Problems.language(headers);
  }

  /** Why a session is cancelled. */
  public record CancelRequest(@Size(max = 500) @MultiLine String reason) {

    /**
     * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
     */
    public CancelRequest(String reason) {
      this.reason = reason;
    }
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Search scheduled sessions",
      description =
          "from and to are instants (default: from now on); knowHow, manufacture, near=LAT,LON and"
              + " radiusKm (default 50) narrow the search, and so do the words of q: every word must"
              + " match, as in /api/search, the session's title, its training's objectives, its"
              + " know-how's title or its town, among the sessions still open to enrolment (the"
              + " 1,000 most relevant). Soonest first, or nearest first near a place.")
  public Page<SessionView> search(
      @QueryParam("q") String q,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("knowHow") String knowHow,
      @QueryParam("manufacture") String manufacture,
      @QueryParam("training") String training,
      @QueryParam("near") String near,
      @QueryParam("radiusKm") String radiusKm,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    SearchQuery.checkWords(input, q);
    Instant start = input.moment("from", from, false);
    Instant end = input.moment("to", to, true);
    Input.Near place = input.near(near, radiusKm);
    GeoPoint point = place.point();
    Double radius = place.radiusKm();
    input.check(
        start == null || end == null || start.isBefore(end), "to", "invalid.window.to-after-from");
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return trainings.sessions(
        new SessionQuery(
            start,
            end,
            TrainingResource.blankToNull(knowHow),
            TrainingResource.blankToNull(manufacture),
            TrainingResource.blankToNull(training),
            point,
            radius == null ? 50 : radius,
            q),
        request,
        language());
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One session, with the caller's own place in it if any")
  public SessionView get(@PathParam("id") String id) {
    return trainings.session(caller, id, language());
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Cancel a session (its artisan, a manager of its manufacture); everyone is told")
  public SessionView cancel(@PathParam("id") String id, @OptionalBody CancelRequest body) {
    return trainings.cancel(caller, id, body == null ? null : body.reason(), language());
  }

  @POST
  @Path("{id}/enrolments")
  @RolesAllowed(Role.APPRENTICE_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Enrol",
      description = "CONFIRMED while seats remain, else WAITLISTED with a position (1 is next).")
  @Answers(status = 201, value = EnrolmentView.class)
  public Response enrol(@PathParam("id") String id, @Context UriInfo uri) {
    EnrolmentView enrolment = trainings.enrol(caller, id);
    return Response.created(
            uri.getBaseUriBuilder().path("me").path("enrolments").path(enrolment.id()).build())
        .entity(enrolment)
        .build();
  }

  @GET
  @Path("{id}/enrolments")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Who comes: the session's participants and waiting list (its artisan, managers)")
  public List<SessionParticipantView> participants(@PathParam("id") String id) {
    return trainings.participants(caller, id);
  }
}
