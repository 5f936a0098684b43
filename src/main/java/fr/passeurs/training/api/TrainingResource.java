package fr.passeurs.training.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import fr.passeurs.training.SessionQuery;
import fr.passeurs.training.SessionReader;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.Training;
import fr.passeurs.training.TrainingService;
import fr.passeurs.training.TrainingSession;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.training.api.TrainingViews.TrainingView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trainings: public to browse, defined by the artisans who hold their know-how. */
@Path("trainings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trainings")
public class TrainingResource {

  @Inject private TrainingService trainings;
  @Inject private SessionService sessions;
  @Inject private SessionReader reader;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  /** The language of the request ({@code Accept-Language}): French or English. */
  private Locale language() {
    return Problems.language(headers);
  }

  @GET
  @PermitAll
  @Operation(summary = "Trainings, newest first, of a know-how, a manufacture or an artisan")
  public Page<TrainingView> list(
      @QueryParam("knowHow") String knowHow,
      @QueryParam("manufacture") String manufacture,
      @QueryParam("artisan") String artisan,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return trainings
        .list(blankToNull(knowHow), blankToNull(manufacture), blankToNull(artisan), request)
        .map(TrainingView::of);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One training")
  public TrainingView get(@PathParam("id") String id) {
    return TrainingView.of(trainings.get(id));
  }

  @POST
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Define a training for a know-how the artisan holds")
  @Answers(status = 201, value = TrainingView.class)
  public Response define(@Valid TrainingRequest body, @Context UriInfo uri) {
    Training training = trainings.define(caller, Input.requiredBody(body).toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(training.id()).build())
        .entity(TrainingView.of(training))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.ARTISAN_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Rewrite a training (its artisan)")
  public TrainingView revise(@PathParam("id") String id, @Valid TrainingRequest body) {
    TrainingRequest request = Input.requiredBody(body);
    return TrainingView.of(trainings.revise(caller, id, request.toDetails(), request.version()));
  }

  @GET
  @Path("{id}/sessions")
  @PermitAll
  @Operation(summary = "The coming sessions of a training")
  public List<SessionView> sessions(@PathParam("id") String id) {
    trainings.get(id);
    List<TrainingSession> found =
        sessions
            .search(
                new SessionQuery(null, null, null, null, id, null, 0),
                PageRequest.first(PageRequest.MAX_SIZE))
            .items();
    return reader.details(found).stream().map(d -> SessionView.of(d, null, language())).toList();
  }

  @POST
  @Path("{id}/sessions")
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Schedule a session",
      description =
          "Reserves the room, the machines and the artisan in the one calendar; a conflict is a 409"
              + " naming the reservation in the way, a time outside the opening hours a 409 too.")
  @Answers(status = 201, value = SessionView.class)
  public Response schedule(
      @PathParam("id") String id, @Valid SessionRequest body, @Context UriInfo uri) {
    TrainingSession session = sessions.schedule(caller, id, Input.requiredBody(body).toPlan());
    return Response.created(uri.getBaseUriBuilder().path("sessions").path(session.id()).build())
        .entity(SessionView.of(reader.details(session), null, language()))
        .build();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
