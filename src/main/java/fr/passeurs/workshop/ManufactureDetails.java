package fr.passeurs.workshop;

import fr.passeurs.platform.GeoPoint;

/** What describes a manufacture, as given by the admin or its manager. */
public record ManufactureDetails(
    String name,
    String street,
    String postalCode,
    String city,
    Region region,
    GeoPoint location,
    String description) {}
