package fr.passeurs.catalogue.api;

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

/** The entries the caller looks after, archived ones included. */
@Path("me/know-how")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class MyKnowHowResource {

  @Inject private KnowHowReads knowHow;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @GET
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Entries the caller holds or wrote (a manager: also their manufacture's)")
  public Page<KnowHowViews.KnowHowItem> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Input input = new Input();
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return knowHow.mine(caller, request, Problems.language(headers));
  }
}
