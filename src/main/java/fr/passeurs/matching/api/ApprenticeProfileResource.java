package fr.passeurs.matching.api;

import fr.passeurs.matching.api.MatchingViews.ApprenticeProfileRequest;
import fr.passeurs.matching.api.MatchingViews.ProfileView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An apprentice's profile for matching: what they long for, where, from when, at what level. */
@Path("me/apprentice-profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.APPRENTICE_NAME)
public class ApprenticeProfileResource {

  @Inject private MatchingReads matching;
  @Inject private Caller caller;

  @GET
  @Operation(summary = "My apprentice profile and my ranked applications")
  public ProfileView get() {
    return matching
        .profile(caller)
        .orElseThrow(() -> DomainException.notFound("apprentice-profile", caller.accountId()));
  }

  @PUT
  @Operation(summary = "Describe myself to be matched (replaces the profile)")
  public ProfileView describe(ApprenticeProfileRequest body) {
    return matching.describeProfile(caller, Input.requiredBody(body));
  }
}
