package fr.passeurs.matching.api;

import fr.passeurs.matching.api.MatchingViews.ApprenticeshipView;
import fr.passeurs.matching.api.MatchingViews.MatchView;
import fr.passeurs.matching.api.MatchingViews.OutcomeView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
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

/** An apprentice's places proposed by rounds, and the outcome of their last round, explained. */
@Path("me/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.APPRENTICE_NAME)
public class MyMatchResource {

  @Inject private MatchingReads matching;
  @Inject private Caller caller;

  @GET
  @Operation(summary = "The places rounds proposed to me, newest first")
  public List<MatchView> mine() {
    return matching.matches(caller);
  }

  @GET
  @Path("outcome")
  @Operation(
      summary = "My outcome in the last round, explained",
      description =
          "explanation.preferred lists each offer I ranked above what I got (all, if nothing),"
              + " with why: PLACES_WENT_TO_HIGHER_RANKED or NOT_ACCEPTED_BY_MASTER.")
  public OutcomeView outcome() {
    return matching
        .outcome(caller)
        .orElseThrow(() -> DomainException.notFound("round-outcome", caller.accountId()));
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Accept the proposed place: the apprenticeship begins")
  public ApprenticeshipView accept(@PathParam("id") String id) {
    return matching.accept(caller, id);
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline the proposed place: it goes to the next round")
  public MatchView decline(@PathParam("id") String id) {
    return matching.decline(caller, id);
  }
}
