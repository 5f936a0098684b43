package fr.passeurs.people.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin appoints and removes the managers of a manufacture. */
@Path("manufactures/{manufactureId}/managers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manufactures", description = "The manufactures of the network and their managers.")
public class ManagerResource {

  @Inject private AccountReads accounts;
  @Inject private Caller caller;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "The managers of a manufacture (the admin, its managers)")
  public List<AccountView> list(@PathParam("manufactureId") String manufactureId) {
    if (!caller.isAdmin() && !caller.isManagerOf(manufactureId)) {
      throw DomainException.forbidden("forbidden.account.list-own-manufacture");
    }
    return accounts.managersOf(manufactureId);
  }

  @DELETE
  @Path("{accountId}")
  @RolesAllowed(Role.ADMIN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Remove a manager (admin)",
      description =
          "The person stays an artisan of the manufacture if they are one; with no role left,"
              + " the account is deactivated.")
  public AccountView remove(
      @PathParam("manufactureId") String manufactureId, @PathParam("accountId") String accountId) {
    return accounts.removeManager(caller, manufactureId, accountId);
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Appoint a manager (admin)",
      description =
          "Promotes the account with this e-mail (200), or creates it with the display name and"
              + " password given (201).")
  @Answers(status = 201, value = AccountView.class)
  @Answers(status = 200, value = AccountView.class)
  public Response appoint(
      @PathParam("manufactureId") String manufactureId, @Valid AppointmentRequest body) {
    AccountReads.AppointedView appointed =
        accounts.appointManager(caller, manufactureId, Input.requiredBody(body));
    return Response.status(appointed.created() ? 201 : 200).entity(appointed.account()).build();
  }
}
