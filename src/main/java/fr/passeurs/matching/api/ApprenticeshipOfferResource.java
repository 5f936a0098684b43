package fr.passeurs.matching.api;

import fr.passeurs.matching.OfferStatus;
import fr.passeurs.matching.api.MatchingViews.ApplicantView;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.api.MatchingViews.RankingRequest;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Apprenticeship offers: masters publish them and rank their applicants; anyone reads them. */
@Path("apprenticeship-offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
public class ApprenticeshipOfferResource {

  @Inject private MatchingReads matching;
  @Inject private Caller caller;

  @GET
  @PermitAll
  @Operation(
      summary = "Apprenticeship offers, soonest start first",
      description =
          "manufacture, master and status (OPEN by default, ALL for every status); q: every word"
              + " must match, as in /api/search, the offer's title, its description, its know-how's"
              + " title or its town (the 1,000 most relevant open offers: words find no closed"
              + " offer). Soonest start first.")
  public Page<ApprenticeshipOfferView> list(
      @QueryParam("q") String q,
      @QueryParam("manufacture") String manufacture,
      @QueryParam("master") String master,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    SearchQuery.checkWords(input, q);
    OfferStatus wanted =
        "ALL".equalsIgnoreCase(status)
            ? null
            : Input.isBlank(status)
                ? OfferStatus.OPEN
                : input.enumValue("status", status, OfferStatus.class);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return matching.offers(
        blankToNull(manufacture), blankToNull(master), wanted, blankToNull(q), request);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One apprenticeship offer")
  public ApprenticeshipOfferView get(@PathParam("id") String id) {
    return matching.offer(id);
  }

  @POST
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Publish an apprenticeship offer (a master, for know-how they hold)")
  @Answers(status = 201, value = ApprenticeshipOfferView.class)
  public Response publish(ApprenticeshipOfferRequest body, @Context UriInfo uri) {
    ApprenticeshipOfferView offer = matching.publish(caller, Input.requiredBody(body));
    return Response.created(uri.getAbsolutePathBuilder().path(offer.id()).build())
        .entity(offer)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Revise an offer (its master; with version to detect a concurrent change)")
  public ApprenticeshipOfferView revise(
      @PathParam("id") String id, ApprenticeshipOfferRequest body) {
    return matching.revise(caller, id, Input.requiredBody(body));
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Close an offer: no more applications nor rounds")
  public ApprenticeshipOfferView close(@PathParam("id") String id) {
    return matching.close(caller, id);
  }

  @GET
  @Path("{id}/applicants")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Who applied, in the master's order (its master, the manufacture's managers)")
  public List<ApplicantView> applicants(@PathParam("id") String id) {
    return matching.applicants(caller, id);
  }

  @PUT
  @Path("{id}/ranking")
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Rank the applicants (the master)",
      description =
          "ranked: priorities, 1 first, equal numbers are ties; unacceptable: never matched. Those"
              + " left out are ordered after the ranked ones by the round's rule.")
  public List<ApplicantView> rank(@PathParam("id") String id, RankingRequest body) {
    return matching.rank(caller, id, Input.requiredBody(body));
  }

  private static String blankToNull(String value) {
    return Input.isBlank(value) ? null : value.trim();
  }
}
