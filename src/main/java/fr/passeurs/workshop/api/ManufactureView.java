package fr.passeurs.workshop.api;

import java.time.Instant;

/** A manufacture in the API. */
public record ManufactureView(
    String id,
    String name,
    String street,
    String postalCode,
    String city,
    String region,
    String regionName,
    double latitude,
    double longitude,
    String description,
    Instant createdAt) {}
