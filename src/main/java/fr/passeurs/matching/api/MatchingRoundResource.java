package fr.passeurs.matching.api;

import fr.passeurs.matching.MatchingRound;
import fr.passeurs.matching.MatchingRoundService;
import fr.passeurs.matching.RoundProgress;
import fr.passeurs.matching.RoundRunner;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Messages;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.OptionalBody;
import fr.passeurs.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Matching rounds: a manager (their manufacture) or the admin (platform) runs one, and follows it.
 */
@Path("matching-rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Apprenticeships")
@SecurityRequirement(name = "basic")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MatchingRoundResource {

  @Inject private MatchingRoundService rounds;
  @Inject private RoundRunner runner;
  @Inject private RoundProgress progress;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  private Locale language() {
    return Problems.language(headers);
  }

  private RoundView view(MatchingRound round) {
    return RoundView.of(round, progress.of(round.id()), language());
  }

  /** Which offers: one manufacture's, or none for the platform (admin); a seed to reproduce one. */
  public record RoundRequest(@TextSize(max = 36) String manufactureId, Long seed) {}

  /** A round, its progress and figures. */
  public record RoundView(
      String id,
      String manufactureId,
      String status,
      String phase,
      int progressDone,
      int progressTotal,
      long seed,
      Instant startedAt,
      Instant finishedAt,
      Instant respondBy,
      int applicants,
      int offers,
      int places,
      int matched,
      int unmatched,
      int rarePlaces,
      int rareMatched,
      String error) {

    /** The round; why it failed, if it did, in this language. */
    static RoundView of(MatchingRound r, RoundProgress.Row p, Locale language) {
      MatchingRound.RoundFigures f = r.figures();
      return new RoundView(
          r.id(),
          r.manufactureId(),
          r.status().name(),
          p.phase().name(),
          p.done(),
          p.total(),
          r.seed(),
          r.startedAt(),
          r.finishedAt(),
          r.respondBy(),
          f.applicants(),
          f.offers(),
          f.places(),
          f.matched(),
          f.applicants() - f.matched(),
          f.rarePlaces(),
          f.rareMatched(),
          r.error() == null ? null : Messages.format(language, r.error()));
    }
  }

  @POST
  @Operation(
      summary = "Start a matching round",
      description =
          "202: the round runs in the background; follow it at its Location. 409 round-running"
              + " while another round runs over the same offers.")
  @Answers(status = 202, value = RoundView.class)
  public Response start(@OptionalBody RoundRequest body, @Context UriInfo uri) {
    RoundRequest given = body == null ? new RoundRequest(null, null) : body;
    String scope =
        Input.isBlank(given.manufactureId())
            ? (caller.isAdmin() ? null : caller.manufactureId())
            : given.manufactureId().trim();
    MatchingRound round = rounds.start(caller, scope, given.seed());
    runner.submit(round.id());
    return Response.accepted(RoundView.of(round, progress.of(round.id()), language()))
        .location(uri.getAbsolutePathBuilder().path(round.id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A round: its progress while it runs, its figures once done")
  public RoundView get(@PathParam("id") String id) {
    return view(rounds.get(caller, id));
  }

  @GET
  @Operation(summary = "The rounds I may follow, newest first")
  public List<RoundView> list() {
    return rounds.list(caller).stream().map(this::view).toList();
  }
}
