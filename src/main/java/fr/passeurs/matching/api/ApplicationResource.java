package fr.passeurs.matching.api;

import fr.passeurs.matching.api.MatchingViews.ApplicationsRequest;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.platform.Caller;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An apprentice's ranked applications: up to ten offers, the most wished first. Theirs only. */
@Path("me/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Apprenticeships",
    description =
        "Apprenticeship offers, apprentices' profiles and wishes, masters' rankings, matching rounds, proposed places and apprenticeships.")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.APPRENTICE_NAME)
public class ApplicationResource {

  @Inject private MatchingReads matching;
  @Inject private Caller caller;

  @GET
  @Operation(summary = "My ranked applications, most wished first")
  public List<ApprenticeshipOfferView> mine() {
    return matching.applications(caller);
  }

  @PUT
  @Operation(
      summary = "Rank up to ten offers (replaces my list)",
      description = "Open offers whose level and minimum age I meet; each once. [] withdraws all.")
  public List<ApprenticeshipOfferView> apply(ApplicationsRequest body) {
    return matching.apply(caller, Input.requiredBody(body));
  }
}
