package fr.passeurs.people.api;

import fr.passeurs.people.AccountService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

  @Inject private AccountService accounts;
  @Inject private Caller caller;

  @GET
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Who am I: the caller's account and roles")
  public AccountView me() {
    return AccountView.of(accounts.me(caller));
  }

  @PUT
  @Path("profile")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Change one's display name, birth date (for age limits) and language (fr, en)")
  public AccountView describeMe(@Valid ProfileRequest body) {
    ProfileRequest profile = Input.requiredBody(body);
    return AccountView.of(
        accounts.describeMe(
            caller, profile.displayName(), profile.birthDate(), profile.language()));
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Change one's password, giving the current one",
      description = "204; 400 when the current password is wrong or the new one too short.")
  public Response changePassword(@Valid PasswordChangeRequest body) {
    PasswordChangeRequest change = Input.requiredBody(body);
    accounts.changeMyPassword(caller, change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }
}
