package fr.passeurs.matching;

import fr.passeurs.matching.core.DeferredAcceptance;
import fr.passeurs.matching.core.MatchingResult;
import fr.passeurs.platform.Background;
import fr.passeurs.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a started round on the application server's managed executor, never on a request thread:
 * read, match, save (all or nothing), each phase shown as progress; a failure is recorded on the
 * round and frees its scope.
 */
@ApplicationScoped
public class RoundRunner {

  private static final Logger LOG = Logger.getLogger(RoundRunner.class.getName());

  @Inject private Background background;
  @Inject private RoundSteps steps;
  @Inject private RoundProgress progress;

  /** Hands the round to the executor; returns at once. */
  public Future<?> submit(String roundId) {
    return background.run("Matching round " + roundId, () -> run(roundId));
  }

  /** Times of the phases of the last round run here, in milliseconds (for the logs). */
  public record Timings(long load, long match, long save) {}

  Timings run(String roundId) {
    try {
      long t0 = System.nanoTime();
      progress.set(roundId, MatchingRound.Phase.LOADING, 0, 1);
      RoundSteps.Input input = steps.load(roundId);
      long t1 = System.nanoTime();
      progress.set(roundId, MatchingRound.Phase.MATCHING, 0, input.instance().apprenticeCount());
      MatchingResult result = new DeferredAcceptance().run(input.instance());
      long t2 = System.nanoTime();
      steps.save(input, result);
      long t3 = System.nanoTime();
      Timings timings =
          new Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
      LOG.info(
          () ->
              "Matching round "
                  + roundId
                  + ": "
                  + input.instance().apprenticeCount()
                  + " applicants, "
                  + input.instance().offerCount()
                  + " offers, "
                  + result.matchedCount()
                  + " matched; load "
                  + timings.load()
                  + " ms, match "
                  + timings.match()
                  + " ms, save and notify "
                  + timings.save()
                  + " ms.");
      return timings;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Matching round " + roundId + " failed.");
      // kept as a code, written in each reader's language; what went wrong inside is in the log
      steps.fail(
          roundId,
          e instanceof DomainException refused ? refused.detail().key() : "problem.round-failed");
      return null;
    }
  }
}
