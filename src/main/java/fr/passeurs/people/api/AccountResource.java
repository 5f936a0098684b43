package fr.passeurs.people.api;

import fr.passeurs.people.Account;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountStatus;
import fr.passeurs.people.PasswordResets;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts: registration for everyone, activation of artisans by their manager. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

  @Inject private AccountService accounts;
  @Inject private Caller caller;
  @Inject private PasswordResets resets;

  @POST
  @PermitAll
  @Operation(
      summary = "Register",
      description =
          "Apprentices and teachers are active at once; an artisan waits until a manager of"
              + " their manufacture activates them.")
  public Response register(@Valid RegistrationRequest body, @Context UriInfo uri) {
    Account account = accounts.register(body.toRegistration());
    return Response.created(uri.getAbsolutePathBuilder().path(account.id()).build())
        .entity(AccountView.of(account))
        .build();
  }

  @GET
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Accounts of the manager's manufacture (the admin: all), newest first")
  public Page<AccountView> list(
      @QueryParam("status") String status,
      @QueryParam("role") String role,
      @QueryParam("manufactureId") String manufactureId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    AccountStatus inStatus = input.enumValue("status", status, AccountStatus.class);
    Role withRole = input.enumValue("role", role, Role.class);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return accounts
        .list(
            caller,
            inStatus,
            withRole,
            Input.isBlank(manufactureId) ? null : manufactureId,
            request)
        .map(AccountView::of);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "One account: one's own, or one the caller manages")
  public AccountView get(@PathParam("id") String id) {
    return AccountView.of(accounts.get(caller, id));
  }

  @POST
  @Path("{id}/activate")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Activate a pending artisan (a manager of their manufacture, or the admin)")
  public AccountView activate(@PathParam("id") String id) {
    return AccountView.of(accounts.activate(caller, id));
  }

  @POST
  @Path("{id}/password-reset")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Produce a link that sets a new password, to hand over",
      description =
          "For when mail is not configured: the admin for anyone, a manager for the artisans of"
              + " their manufacture. The link is valid one hour and usable once.")
  public Response producePasswordReset(@PathParam("id") String id) {
    return Response.status(Response.Status.CREATED)
        .entity(ResetLinkView.of(resets.produce(caller, id)))
        .build();
  }
}
