package fr.passeurs.workshop.api;

import fr.passeurs.workshop.Manufacture;
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
    Instant createdAt) {

  static ManufactureView of(Manufacture m) {
    return new ManufactureView(
        m.id(),
        m.name(),
        m.street(),
        m.postalCode(),
        m.city(),
        m.region().name(),
        m.region().label(),
        m.location().latitude(),
        m.location().longitude(),
        m.description(),
        m.createdAt());
  }
}
