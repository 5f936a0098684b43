package fr.passeurs.workshop.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.workshop.Region;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The manufactures of the network: public to read, opened by the admin. */
@Path("manufactures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manufactures")
public class ManufactureResource {

  @Inject private WorkshopReads manufactures;
  @Inject private Caller caller;

  @GET
  @PermitAll
  @Operation(summary = "List the manufactures, by name, optionally in one region")
  public Page<ManufactureView> list(
      @QueryParam("region") String region,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    Region inRegion = input.enumValue("region", region, Region.class);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return manufactures.manufactures(inRegion, request);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One manufacture")
  public ManufactureView get(@PathParam("id") String id) {
    return manufactures.manufacture(id);
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Open a manufacture (admin)")
  @Answers(status = 201, value = ManufactureView.class)
  public Response open(@Valid ManufactureRequest body, @jakarta.ws.rs.core.Context UriInfo uri) {
    ManufactureView created = manufactures.open(caller, body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Describe a manufacture (admin, or its manager)")
  public ManufactureView describe(@PathParam("id") String id, @Valid ManufactureRequest body) {
    return manufactures.describe(caller, id, body);
  }
}
