package fr.passeurs.matching.api;

import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.ApprenticeshipOfferService;
import fr.passeurs.matching.ApprenticeshipOfferService.Applicant;
import fr.passeurs.matching.OfferStatus;
import fr.passeurs.matching.api.MatchingViews.ApplicantView;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.api.MatchingViews.MatchPerson;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  @Inject private ApprenticeshipOfferService offers;
  @Inject private OfferViewer viewer;
  @Inject private Caller caller;

  /** A master's ranking: priorities (1 first; equal numbers tie) and those unacceptable. */
  public record RankingRequest(List<Ranked> ranked, List<@TextSize(max = 36) String> unacceptable) {

    /** One applicant and their priority. */
    public record Ranked(@TextSize(max = 36) String apprenticeId, Integer priority) {}
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Apprenticeship offers, soonest start first",
      description = "manufacture, master and status (OPEN by default, ALL for every status).")
  public Page<ApprenticeshipOfferView> list(
      @QueryParam("manufacture") String manufacture,
      @QueryParam("master") String master,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    OfferStatus wanted =
        "ALL".equalsIgnoreCase(status)
            ? null
            : Input.isBlank(status)
                ? OfferStatus.OPEN
                : input.enumValue("status", status, OfferStatus.class);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    Page<ApprenticeshipOffer> found =
        offers.list(blankToNull(manufacture), blankToNull(master), wanted, request);
    return new Page<>(views(found.items()), found.total(), found.page(), found.size());
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One apprenticeship offer")
  public ApprenticeshipOfferView get(@PathParam("id") String id) {
    return views(List.of(offers.get(id))).get(0);
  }

  @POST
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Publish an apprenticeship offer (a master, for know-how they hold)")
  @Answers(status = 201, value = ApprenticeshipOfferView.class)
  public Response publish(ApprenticeshipOfferRequest body, @Context UriInfo uri) {
    ApprenticeshipOffer offer = offers.publish(caller, Input.requiredBody(body).toTerms());
    return Response.created(uri.getAbsolutePathBuilder().path(offer.id()).build())
        .entity(views(List.of(offer)).get(0))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ARTISAN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Revise an offer (its master; with version to detect a concurrent change)")
  public ApprenticeshipOfferView revise(
      @PathParam("id") String id, ApprenticeshipOfferRequest body) {
    ApprenticeshipOfferRequest given = Input.requiredBody(body);
    return views(List.of(offers.revise(caller, id, given.toTerms(), given.version()))).get(0);
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Close an offer: no more applications nor rounds")
  public ApprenticeshipOfferView close(@PathParam("id") String id) {
    return views(List.of(offers.close(caller, id))).get(0);
  }

  @GET
  @Path("{id}/applicants")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Who applied, in the master's order (its master, the manufacture's managers)")
  public List<ApplicantView> applicants(@PathParam("id") String id) {
    return offers.applicants(caller, id).stream().map(ApprenticeshipOfferResource::view).toList();
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
    RankingRequest given = Input.requiredBody(body);
    Input input = new Input();
    Map<String, Integer> priorities = new LinkedHashMap<>();
    if (given.ranked() != null) {
      for (RankingRequest.Ranked r : given.ranked()) {
        input.check(
            r != null && !Input.isBlank(r.apprenticeId()) && r.priority() != null,
            "ranked",
            "invalid.ranking.entry");
        if (r != null && r.apprenticeId() != null) {
          input.check(
              priorities.put(r.apprenticeId(), r.priority()) == null,
              "ranked",
              "invalid.ranking.duplicate");
        }
      }
    }
    Set<String> unacceptable =
        given.unacceptable() == null ? Set.of() : new HashSet<>(given.unacceptable());
    input.throwIfInvalid();
    offers.rank(caller, id, priorities, unacceptable);
    return applicants(id);
  }

  private static ApplicantView view(Applicant a) {
    return new ApplicantView(
        MatchPerson.of(a.apprentice()),
        a.profile().level().name(),
        a.profile().homeCity(),
        Math.round(a.fit().distanceKm() * 10) / 10.0,
        Math.round(a.fit().score() * 10) / 10.0,
        a.profile().motivation(),
        a.profile().experience(),
        a.ranking() == null ? null : a.ranking().priority(),
        a.ranking() != null && a.ranking().unacceptable());
  }

  private List<ApprenticeshipOfferView> views(List<ApprenticeshipOffer> found) {
    return viewer.views(found);
  }

  private static String blankToNull(String value) {
    return Input.isBlank(value) ? null : value.trim();
  }
}
