package fr.passeurs.training;

import fr.passeurs.platform.GeoPoint;
import java.time.Instant;

/** A search of scheduled sessions: from a date to another, of a know-how, a manufacture, near. */
public record SessionQuery(
    Instant from,
    Instant to,
    String knowHowId,
    String manufactureId,
    String trainingId,
    GeoPoint near,
    double radiusKm) {}
