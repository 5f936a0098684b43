package fr.passeurs.people.api;

import fr.passeurs.people.Account;
import fr.passeurs.people.AccountStatus;
import fr.passeurs.people.PasswordResets;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextRules;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.OptionalBody;
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

/**
 * Accounts: registration for everyone; activation, refusal and deactivation by the managers of the
 * manufacture or the admin.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Accounts",
    description =
        "Registration, one's own account and password, forgotten passwords, the admin's and managers' work on accounts.")
public class AccountResource {

  @Inject private AccountReads accounts;
  @Inject private Caller caller;
  @Inject private PasswordResets resets;

  @POST
  @PermitAll
  @Operation(
      summary = "Register",
      description =
          "Apprentices and teachers are active at once; an artisan waits until a manager of"
              + " their manufacture activates them.")
  @Answers(status = 201, value = AccountView.class)
  public Response register(@Valid RegistrationRequest body, @Context UriInfo uri) {
    AccountView account = accounts.register(body);
    return Response.created(uri.getAbsolutePathBuilder().path(account.id()).build())
        .entity(account)
        .build();
  }

  @GET
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Accounts of the manager's manufacture (the admin: all), newest first",
      description =
          "q: part of the name or e-mail (case does not matter); status, role, manufactureId:"
              + " filters.")
  public Page<AccountView> list(
      @QueryParam("q") String text,
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
    String searched = TextRules.checked("q", text, 100, false);
    return accounts.list(
        caller,
        searched,
        inStatus,
        withRole,
        Input.isBlank(manufactureId) ? null : manufactureId,
        request);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "One account: one's own, or one the caller manages")
  public AccountView get(@PathParam("id") String id) {
    return accounts.get(caller, id);
  }

  @POST
  @Path("{id}/activate")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Activate a pending artisan (a manager of their manufacture, or the admin)")
  public AccountView activate(@PathParam("id") String id) {
    return accounts.activate(caller, id);
  }

  /** Why an account is refused, deactivated or reactivated. */
  public record ReasonRequest(@TextSize(max = Account.MAX_REASON) @MultiLine String reason) {}

  @POST
  @Path("{id}/refusal")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Refuse a pending artisan, saying why (a manager of their manufacture, the admin)",
      description = "The person is told, and told again when they try to log in.")
  public AccountView refuse(@PathParam("id") String id, ReasonRequest body) {
    return accounts.refuse(caller, id, Input.requiredBody(body).reason());
  }

  @POST
  @Path("{id}/deactivation")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Deactivate an account, saying why",
      description =
          "The admin: anyone but themselves; a manager: the artisans of their manufacture. The"
              + " account can no longer log in and is told why when it tries; its data stay.")
  public AccountView deactivate(@PathParam("id") String id, ReasonRequest body) {
    return accounts.deactivate(caller, id, Input.requiredBody(body).reason());
  }

  @POST
  @Path("{id}/reactivation")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Let a deactivated or refused account log in again (reason optional)",
      description = "Same rights as deactivating.")
  public AccountView reactivate(@PathParam("id") String id, @OptionalBody ReasonRequest body) {
    return accounts.reactivate(caller, id, body == null ? null : body.reason());
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
  @Answers(status = 201, value = ResetLinkView.class)
  public Response producePasswordReset(@PathParam("id") String id) {
    return Response.status(Response.Status.CREATED)
        .entity(ResetLinkView.of(resets.produce(caller, id)))
        .build();
  }
}
