package fr.passeurs.matching.api;

import fr.passeurs.matching.ApplicantService;
import fr.passeurs.matching.ApprenticeProfile;
import fr.passeurs.matching.api.MatchingViews.ProfileView;
import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.MultiLine;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

  @Inject private ApplicantService applicants;
  @Inject private Caller caller;

  /**
   * A profile: crafts (codes of the official list) and know-how (ids) of interest, home town and
   * place (LAT,LON), how far one travels (km), available from, level (NOVICE, BEGINNER,
   * INTERMEDIATE, ADVANCED), experience, motivation.
   */
  public record ApprenticeProfileRequest(
      List<@TextSize(max = 64) String> craftCodes,
      List<@TextSize(max = 36) String> knowHowIds,
      @TextSize(max = 120) String homeCity,
      @TextSize(max = 60) String home,
      Integer travelKm,
      LocalDate availableFrom,
      @TextSize(max = 32) String level,
      @TextSize(max = 2000) @MultiLine String experience,
      @TextSize(max = 2000) @MultiLine String motivation) {}

  @GET
  @Operation(summary = "My apprentice profile and my ranked applications")
  public ProfileView get() {
    return applicants
        .profile(caller)
        .map(ProfileView::of)
        .orElseThrow(() -> DomainException.notFound("apprentice-profile", caller.accountId()));
  }

  @PUT
  @Operation(summary = "Describe myself to be matched (replaces the profile)")
  public ProfileView describe(ApprenticeProfileRequest body) {
    ApprenticeProfileRequest given = Input.requiredBody(body);
    Input input = new Input();
    GeoPoint home = null;
    if (!Input.isBlank(given.home())) {
      home = GeoPoint.parse(given.home());
      input.check(home != null, "home", "invalid.near");
    }
    input.check(given.travelKm() != null, "travelKm", "invalid.required");
    ApprenticeLevel level = input.enumValue("level", given.level(), ApprenticeLevel.class);
    input.throwIfInvalid();
    ApprenticeProfile profile =
        applicants.describe(
            caller,
            new ApprenticeProfile.Details(
                given.craftCodes() == null ? Set.of() : Set.copyOf(given.craftCodes()),
                given.knowHowIds() == null ? Set.of() : Set.copyOf(given.knowHowIds()),
                given.homeCity(),
                home,
                given.travelKm(),
                given.availableFrom(),
                level,
                given.experience(),
                given.motivation()));
    return ProfileView.of(profile);
  }
}
