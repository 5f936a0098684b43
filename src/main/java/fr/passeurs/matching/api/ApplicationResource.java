package fr.passeurs.matching.api;

import fr.passeurs.matching.ApplicantService;
import fr.passeurs.matching.ApprenticeshipOfferService;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextSize;
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

  @Inject private ApplicantService applicants;
  @Inject private ApprenticeshipOfferService offers;
  @Inject private OfferViewer offerViews;
  @Inject private Caller caller;

  /** The offers, most wished first. */
  public record ApplicationsRequest(List<@TextSize(max = 36) String> offerIds) {}

  @GET
  @Operation(summary = "My ranked applications, most wished first")
  public List<ApprenticeshipOfferView> mine() {
    List<String> ids = applicants.profile(caller).map(p -> p.choices()).orElse(List.of());
    return offerViews.views(ids.stream().map(offers::get).toList());
  }

  @PUT
  @Operation(
      summary = "Rank up to ten offers (replaces my list)",
      description = "Open offers whose level and minimum age I meet; each once. [] withdraws all.")
  public List<ApprenticeshipOfferView> apply(ApplicationsRequest body) {
    ApplicationsRequest given = Input.requiredBody(body);
    if (given.offerIds() == null) {
      throw DomainException.invalid("offerIds", "invalid.applications.list");
    }
    applicants.apply(caller, given.offerIds());
    return mine();
  }
}
