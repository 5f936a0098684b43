package fr.passeurs.matching.api;

import fr.passeurs.matching.api.MatchingViews.RoundRequest;
import fr.passeurs.matching.api.MatchingViews.RoundView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.OptionalBody;
import fr.passeurs.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/**
 * Matching rounds: a manager (their manufacture) or the admin (platform) runs one, and follows it.
 */
@Path("matching-rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MatchingRoundResource {

  @Inject private MatchingReads matching;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  private Locale language() {
    return Problems.language(headers);
  }

  @POST
  @Operation(
      summary = "Start a matching round",
      description =
          "202: the round runs in the background; follow it at its Location. 409 round-running"
              + " while another round runs over the same offers.")
  @Answers(status = 202, value = RoundView.class)
  public Response start(@OptionalBody RoundRequest body, @Context UriInfo uri) {
    RoundView round = matching.start(caller, body, language());
    return Response.accepted(round)
        .location(uri.getAbsolutePathBuilder().path(round.id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A round: its progress while it runs, its figures once done")
  public RoundView get(@PathParam("id") String id) {
    return matching.round(caller, id, language());
  }

  @GET
  @Operation(summary = "The rounds I may follow, newest first")
  public List<RoundView> list() {
    return matching.rounds(caller, language());
  }
}
