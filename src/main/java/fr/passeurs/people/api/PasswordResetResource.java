package fr.passeurs.people.api;

import fr.passeurs.people.PasswordResets;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Mot de passe oublié": ask for a link, then set a new password with it. */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class PasswordResetResource {

  @Inject private PasswordResets resets;

  @POST
  @PermitAll
  @Operation(
      summary = "Ask for a link that sets a new password",
      description =
          "Always 202, whether the address has an account or not. An active account receives by"
              + " e-mail (when mail is configured) a link valid one hour, usable once.")
  @Answers(status = 202)
  public Response request(@Valid PasswordResetRequest body) {
    resets.request(Input.requiredBody(body).email());
    return Response.accepted().build();
  }

  @POST
  @Path("{token}")
  @PermitAll
  @Operation(
      summary = "Set a new password with a link's token",
      description = "400 when the link is unknown, used or more than an hour old.")
  @Answers(status = 204)
  public Response reset(@PathParam("token") String token, @Valid NewPasswordRequest body) {
    resets.reset(token, Input.requiredBody(body).password());
    return Response.noContent().build();
  }
}
