package fr.passeurs.catalogue.api;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.KnowHowQuery;
import fr.passeurs.catalogue.Rarity;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import fr.passeurs.search.SearchQuery;
import fr.passeurs.workshop.Region;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The know-how catalogue: public search and detail; artisans and managers write it. */
@Path("know-how")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class KnowHowResource {

  @Inject private KnowHowReads knowHow;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  private Locale language() {
    return Problems.language(headers);
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Search the catalogue",
      description =
          "Every word of q must match a word of the title, summary, description, techniques or"
              + " craft name, as itself, its plural or its beginning, ignoring case, accents and"
              + " elisions; when nothing matches, a word of five letters or more is corrected by"
              + " one letter. Sorted by relevance, the rarest first among equals, or by distance"
              + " when near=LAT,LON is given (radiusKm, default 50). The same index as"
              + " /api/search, know-how only.")
  public Page<KnowHowViews.KnowHowItem> search(
      @QueryParam("q") String q,
      @QueryParam("domain") String domain,
      @QueryParam("craft") String craft,
      @QueryParam("region") String region,
      @QueryParam("rarity") String rarity,
      @QueryParam("manufactureId") String manufactureId,
      @QueryParam("near") String near,
      @QueryParam("radiusKm") String radiusKm,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    SearchQuery.checkWords(input, q);
    Domain inDomain = input.enumValue("domain", domain, Domain.class);
    Region inRegion = input.enumValue("region", region, Region.class);
    Rarity withRarity = input.enumValue("rarity", rarity, Rarity.class);
    Input.Near place = input.near(near, radiusKm);
    GeoPoint point = place.point();
    Double radius = place.radiusKm();
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    KnowHowQuery query =
        new KnowHowQuery(
            q,
            inDomain,
            Input.isBlank(craft) ? null : craft.trim(),
            inRegion,
            withRarity,
            Input.isBlank(manufactureId) ? null : manufactureId.trim(),
            point,
            radius == null ? KnowHowQuery.DEFAULT_RADIUS_KM : radius);
    return knowHow.search(query, request, language());
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One entry, with its holders and why it is as rare as it is")
  public KnowHowViews.KnowHowEntry get(@PathParam("id") String id) {
    return knowHow.entry(caller, id, language());
  }

  @POST
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Write a new entry (an artisan holds what they write)")
  @Answers(status = 201, value = KnowHowViews.KnowHowEntry.class)
  public Response create(@Valid KnowHowRequest body, @Context UriInfo uri) {
    KnowHowViews.KnowHowEntry created = knowHow.create(caller, body, language());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Rewrite an entry (its holders, a manager of its manufacture, the admin)")
  public KnowHowViews.KnowHowEntry revise(@PathParam("id") String id, @Valid KnowHowRequest body) {
    return knowHow.revise(caller, id, body, language());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Archive an entry: it leaves the public catalogue")
  @Answers(status = 204)
  public Response archive(@PathParam("id") String id) {
    knowHow.archive(caller, id);
    return Response.noContent().build();
  }
}
