package fr.passeurs.training.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.training.api.TrainingViews.EnrolmentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own enrolments. */
@Path("me/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AuthorizationFilter.ANY_ROLE)
@SecurityRequirement(name = "basic")
@Tag(name = "Trainings", description = "Trainings, their sessions, enrolments and waiting lists.")
public class MyEnrolmentResource {

  @Inject private EnrolmentReads enrolments;
  @Inject private Caller caller;

  @GET
  @Operation(summary = "The caller's enrolments, soonest first, with their positions")
  public List<EnrolmentView> mine() {
    return enrolments.mine(caller);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Give one's place up: the first who waits gets it")
  public EnrolmentView cancel(@PathParam("id") String id) {
    return enrolments.cancel(caller, id);
  }
}
