package fr.passeurs.workshop;

import fr.passeurs.platform.GeoPoint;

/** Fired when a manufacture's place on the map changes, for those who keep a copy of it. */
public record ManufactureMoved(String manufactureId, GeoPoint location) {}
