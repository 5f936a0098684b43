package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationView;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.AuthorizationFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own machine bookings and authorisations. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Machine park")
@SecurityRequirement(name = "basic")
public class MyMachineParkResource {

  @Inject private MachineParkReads park;
  @Inject private Caller caller;

  @GET
  @Path("machine-bookings")
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @Operation(summary = "My machine bookings not yet ended, soonest first (cancelled ones too)")
  public List<MachineBookingView> bookings() {
    return park.myBookings(caller);
  }

  @GET
  @Path("authorisations")
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @Operation(summary = "My authorisations on machines, revoked ones included, newest first")
  public List<AuthorisationView> authorisations() {
    return park.myAuthorisations(caller);
  }
}
