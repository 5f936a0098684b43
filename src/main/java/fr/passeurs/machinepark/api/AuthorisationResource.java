package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationRevocation;
import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Authorisations on machines, by their id. */
@Path("authorisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Machine park")
@SecurityRequirement(name = "basic")
public class AuthorisationResource {

  @Inject private MachineParkReads park;
  @Inject private Caller caller;

  @POST
  @Path("{id}/revocation")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Revoke an authorisation, for a reason (its managers, the admin)",
      description =
          "The person is told; their bookings of that machine yet to start are cancelled and not"
              + " counted. 409 authorisation-revoked if it already was.")
  public AuthorisationView revoke(@PathParam("id") String id, @Valid AuthorisationRevocation body) {
    return park.revoke(caller, id, Input.requiredBody(body).reason());
  }
}
