package fr.passeurs.people.api;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.MyData;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
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
  @Inject private AccountReads reads;
  @Inject private Caller caller;
  @Inject private MyData data;

  @GET
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Who am I: the caller's account and roles")
  public AccountView me() {
    return reads.me(caller);
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
    return reads.describeMe(caller, profile);
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Change one's password, giving the current one",
      description = "204; 400 when the current password is wrong or the new one too short.")
  @Answers(status = 204)
  public Response changePassword(@Valid PasswordChangeRequest body) {
    PasswordChangeRequest change = Input.requiredBody(body);
    accounts.changeMyPassword(caller, change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }

  @GET
  @Path("data")
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Everything Passeurs holds on me",
      description =
          "The account, and one member per part: know-how held, trainings and enrolments,"
              + " class visits and schools, attendance, certificates, apprenticeship, calendar,"
              + " machine park (bookings, authorisations, watches), notifications.")
  public Map<String, Object> data() {
    return data.export(caller);
  }

  @DELETE
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Delete my account",
      description =
          "204. Refused (409 hand-over-first, saying what) while one holds know-how, leads an"
              + " apprenticeship, runs sessions or hosts visits ahead, or is a manager or the"
              + " admin. Records that must be kept (registers, certificates, which stay"
              + " verifiable by their code) keep the account's id and lose the name.")
  @Answers(status = 204)
  public Response erase() {
    data.erase(caller);
    return Response.noContent().build();
  }
}
