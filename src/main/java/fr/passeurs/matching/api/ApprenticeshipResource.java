package fr.passeurs.matching.api;

import fr.passeurs.matching.Apprenticeship;
import fr.passeurs.matching.MatchService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Apprenticeships: the master's and the apprentice's own; the master marks milestones reached. */
@Path("apprenticeships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
public class ApprenticeshipResource {

  @Inject private MatchService matches;
  @Inject private Caller caller;

  /** One step of the plan. */
  public record MilestoneView(String title, Instant reachedAt) {}

  /** An apprenticeship and its progress. */
  public record ApprenticeshipView(
      String id,
      String offerId,
      String masterId,
      String apprenticeId,
      LocalDate startsOn,
      LocalDate endsOn,
      List<MilestoneView> milestones,
      int reached) {
    static ApprenticeshipView of(Apprenticeship a) {
      return new ApprenticeshipView(
          a.id(),
          a.offerId(),
          a.masterId(),
          a.apprenticeId(),
          a.startsOn(),
          a.endsOn(),
          a.milestones().stream().map(m -> new MilestoneView(m.title(), m.reachedAt())).toList(),
          a.reachedCount());
    }
  }

  @GET
  @RolesAllowed({Role.APPRENTICE_NAME, Role.ARTISAN_NAME})
  @Operation(summary = "My apprenticeships, as master or apprentice")
  public List<ApprenticeshipView> mine() {
    return matches.apprenticeships(caller).stream().map(ApprenticeshipView::of).toList();
  }

  @POST
  @Path("{id}/milestones/{index}/reached")
  @RolesAllowed(Role.ARTISAN_NAME)
  @Operation(summary = "Mark a milestone reached (the master; 0 is the first)")
  public ApprenticeshipView reach(@PathParam("id") String id, @PathParam("index") int index) {
    return ApprenticeshipView.of(matches.reach(caller, id, index));
  }
}
