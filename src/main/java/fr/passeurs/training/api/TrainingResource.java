package fr.passeurs.training.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import fr.passeurs.training.SessionQuery;
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

  @Inject private TrainingReads trainings;
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
    return trainings.trainings(
        blankToNull(knowHow), blankToNull(manufacture), blankToNull(artisan), request);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One training")
  public TrainingView get(@PathParam("id") String id) {
    return trainings.training(id);
  }

  @POST
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Define a training for a know-how the artisan holds")
  @Answers(status = 201, value = TrainingView.class)
  public Response define(@Valid TrainingRequest body, @Context UriInfo uri) {
    TrainingView training = trainings.define(caller, Input.requiredBody(body));
    return Response.created(uri.getAbsolutePathBuilder().path(training.id()).build())
        .entity(training)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.ARTISAN_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Rewrite a training (its artisan)")
  public TrainingView revise(@PathParam("id") String id, @Valid TrainingRequest body) {
    return trainings.revise(caller, id, Input.requiredBody(body));
  }

  @GET
  @Path("{id}/sessions")
  @PermitAll
  @Operation(summary = "The coming sessions of a training")
  public List<SessionView> sessions(@PathParam("id") String id) {
    trainings.training(id);
    return trainings
        .sessions(
            new SessionQuery(null, null, null, null, id, null, 0),
            PageRequest.first(PageRequest.MAX_SIZE),
            language())
        .items();
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
    SessionView session = trainings.schedule(caller, id, Input.requiredBody(body), language());
    return Response.created(uri.getBaseUriBuilder().path("sessions").path(session.id()).build())
        .entity(session)
        .build();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
