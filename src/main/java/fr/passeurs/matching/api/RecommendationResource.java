package fr.passeurs.matching.api;

import fr.passeurs.matching.api.MatchingViews.RecommendationView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The offers that suit an apprentice, best fit first, each with why. */
@Path("me/recommended-offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.APPRENTICE_NAME)
public class RecommendationResource {

  @Inject private MatchingReads matching;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @GET
  @Operation(
      summary = "Offers recommended for me",
      description =
          "Open offers with free places within my travel distance, whose level, age and start I"
              + " meet; by fit (know-how or craft of interest, distance, level, start), rare"
              + " know-how favoured; each with its reasons.")
  public Page<RecommendationView> recommended(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Input input = new Input();
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return matching.recommended(caller, request, Problems.language(headers));
  }
}
