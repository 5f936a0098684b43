package fr.passeurs.matching.api;

import fr.passeurs.matching.ApplicantService;
import fr.passeurs.matching.ApplicantService.Recommendation;
import fr.passeurs.matching.api.MatchingViews.ReasonView;
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
import java.util.List;
import java.util.Locale;
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

  @Inject private ApplicantService applicants;
  @Inject private OfferViewer offerViews;
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
    Page<Recommendation> found = applicants.recommended(caller, request);
    Locale language = Problems.language(headers);
    List<RecommendationView> views =
        found.items().stream()
            .map(
                r ->
                    new RecommendationView(
                        offerViews.view(r.offer()),
                        Math.round(r.fit().score() * 10) / 10.0,
                        Math.round(r.fit().distanceKm() * 10) / 10.0,
                        r.fit().reasons().stream()
                            .map(reason -> ReasonView.of(reason, language))
                            .toList()))
            .toList();
    return new Page<>(views, found.total(), found.page(), found.size());
  }
}
