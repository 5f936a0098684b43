package fr.passeurs.training;

import fr.passeurs.platform.GeoPoint;
import java.time.Instant;

/**
 * A search of scheduled sessions: from a date to another, of a know-how, a manufacture, near; the
 * words, if any, keep only the sessions whose title, training, know-how or place they match.
 */
public record SessionQuery(
    Instant from,
    Instant to,
    String knowHowId,
    String manufactureId,
    String trainingId,
    GeoPoint near,
    double radiusKm,
    String words) {

  /** Without words. */
  public SessionQuery(
      Instant from,
      Instant to,
      String knowHowId,
      String manufactureId,
      String trainingId,
      GeoPoint near,
      double radiusKm) {
    this(from, to, knowHowId, manufactureId, trainingId, near, radiusKm, null);
  }
}
