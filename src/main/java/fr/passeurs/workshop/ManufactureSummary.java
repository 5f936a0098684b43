package fr.passeurs.workshop;

import fr.passeurs.platform.GeoPoint;

/** A manufacture as other contexts see it: who and where. */
public record ManufactureSummary(
    String id, String name, String city, Region region, GeoPoint location) {}
