package fr.passeurs.catalogue;

import fr.passeurs.workshop.ManufactureSummary;

/** An entry found by a search, with its manufacture and, near a place, how far it is. */
public record SearchHit(KnowHow entry, ManufactureSummary manufacture, Double distanceKm) {}
