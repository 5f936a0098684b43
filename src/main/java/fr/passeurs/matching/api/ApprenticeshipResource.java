package fr.passeurs.matching.api;

import fr.passeurs.matching.api.MatchingViews.ApprenticeshipView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Apprenticeships: the master's and the apprentice's own; the master marks milestones reached. */
@Path("apprenticeships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
public class ApprenticeshipResource {

  @Inject private MatchingReads matching;
  @Inject private Caller caller;

  @GET
  @RolesAllowed({Role.APPRENTICE_NAME, Role.ARTISAN_NAME})
  @Operation(summary = "My apprenticeships, as master or apprentice")
  public List<ApprenticeshipView> mine() {
    return matching.apprenticeships(caller);
  }

  @POST
  @Path("{id}/milestones/{index}/reached")
  @RolesAllowed(Role.ARTISAN_NAME)
  @Operation(summary = "Mark a milestone reached (the master; 0 is the first)")
  public ApprenticeshipView reach(@PathParam("id") String id, @PathParam("index") int index) {
    return matching.reach(caller, id, index);
  }
}
