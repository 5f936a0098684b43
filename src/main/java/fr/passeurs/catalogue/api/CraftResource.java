package fr.passeurs.catalogue.api;

import fr.passeurs.catalogue.CraftService;
import fr.passeurs.catalogue.Domain;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The crafts of the official list of métiers d'art (textile, wood, metal). */
@Path("crafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(
    name = "Catalogue",
    description = "Official crafts and rare know-how entries, their holders and rarity.")
public class CraftResource {

  @Inject private CraftService crafts;

  @GET
  @Operation(summary = "List the crafts, by French name, optionally of one domain")
  public Page<CraftView> list(
      @QueryParam("domain") String domain,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    Domain inDomain = input.enumValue("domain", domain, Domain.class);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return crafts.list(inDomain, request).map(CraftView::of);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One craft")
  public CraftView get(@PathParam("code") String code) {
    return crafts
        .find(code)
        .map(CraftView::of)
        .orElseThrow(() -> DomainException.notFound("craft", code));
  }
}
