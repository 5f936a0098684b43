package fr.passeurs.matching;

import fr.passeurs.platform.work.DueWork;
import fr.passeurs.platform.work.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Expires the places proposed by a round that nobody answered in time, each in its own transaction;
 * their places go back to the offers.
 */
@ApplicationScoped
public class UnansweredPlaces implements PeriodicWork {

  private static final Logger LOG = Logger.getLogger(UnansweredPlaces.class.getName());

  @Inject private MatchService matches;

  @Override
  public String name() {
    return "proposed-place-expiry";
  }

  /** Expires every proposed place due; returns how many expired. */
  @Override
  public int run() {
    return DueWork.each(LOG, "the proposed place", matches::dueForExpiry, matches::expire);
  }
}
