package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.api.MachineParkViews.OutageView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outages of machines, by their id. */
@Path("outages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Machine park")
@SecurityRequirement(name = "basic")
public class OutageResource {

  @Inject private MachineParkReads park;
  @Inject private Caller caller;

  @POST
  @Path("{id}/lift")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "End an outage: the machine is back in service (its managers, the admin)",
      description = "Its time is free again in the calendar at once.")
  public OutageView lift(@PathParam("id") String id) {
    return park.liftOutage(caller, id);
  }
}
