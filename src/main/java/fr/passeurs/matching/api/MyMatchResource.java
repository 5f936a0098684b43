package fr.passeurs.matching.api;

import fr.passeurs.matching.Apprenticeship;
import fr.passeurs.matching.Match;
import fr.passeurs.matching.MatchService;
import fr.passeurs.matching.RoundOutcome;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An apprentice's places proposed by rounds, and the outcome of their last round, explained. */
@Path("me/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.APPRENTICE_NAME)
public class MyMatchResource {

  @Inject private MatchService matches;
  @Inject private Caller caller;

  /** A proposed place. */
  public record MatchView(
      String id,
      String roundId,
      String offerId,
      String status,
      Instant respondBy,
      Instant decidedAt) {
    static MatchView of(Match m) {
      return new MatchView(
          m.id(), m.roundId(), m.offerId(), m.status().name(), m.respondBy(), m.decidedAt());
    }
  }

  /** What the last round gave: the offer, or none, and why not the offers ranked above it. */
  public record OutcomeView(String roundId, String offerId, JsonObject explanation) {}

  @GET
  @Operation(summary = "The places rounds proposed to me, newest first")
  public List<MatchView> mine() {
    return matches.mine(caller).stream().map(MatchView::of).toList();
  }

  @GET
  @Path("outcome")
  @Operation(
      summary = "My outcome in the last round, explained",
      description =
          "explanation.preferred lists each offer I ranked above what I got (all, if nothing),"
              + " with why: PLACES_WENT_TO_HIGHER_RANKED or NOT_ACCEPTED_BY_MASTER.")
  public OutcomeView outcome() {
    RoundOutcome outcome =
        matches
            .lastOutcome(caller)
            .orElseThrow(() -> DomainException.notFound("round-outcome", caller.accountId()));
    return new OutcomeView(
        outcome.roundId(),
        outcome.offerId(),
        Json.createReader(new StringReader(outcome.explanation())).readObject());
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Accept the proposed place: the apprenticeship begins")
  public ApprenticeshipResource.ApprenticeshipView accept(@PathParam("id") String id) {
    Apprenticeship apprenticeship = matches.accept(caller, id);
    return ApprenticeshipResource.ApprenticeshipView.of(apprenticeship);
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline the proposed place: it goes to the next round")
  public MatchView decline(@PathParam("id") String id) {
    return MatchView.of(matches.decline(caller, id));
  }
}
