package fr.passeurs.workshop;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A manufacture de proximité: a shared workshop where artisans work and pass know-how on. */
@Entity
@Table(name = "manufacture")
public class Manufacture {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "name")
  private String name;

  @Column(name = "street")
  private String street;

  @Column(name = "postal_code")
  private String postalCode;

  @Column(name = "city")
  private String city;

  @Enumerated(EnumType.STRING)
  @Column(name = "region")
  private Region region;

  @Column(name = "latitude")
  private double latitude;

  @Column(name = "longitude")
  private double longitude;

  @Column(name = "description")
  private String description;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Manufacture() {}

  public Manufacture(ManufactureDetails details, Instant now) {
    this.id = Ids.newId();
    this.createdAt = now;
    describe(details);
  }

  /** Replaces what the manufacture says of itself. */
  public final void describe(ManufactureDetails details) {
    this.name = details.name().trim();
    this.street = details.street().trim();
    this.postalCode = details.postalCode().trim();
    this.city = details.city().trim();
    this.region = details.region();
    this.latitude = details.location().latitude();
    this.longitude = details.location().longitude();
    this.description = details.description() == null ? "" : details.description().trim();
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String street() {
    return street;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  public Region region() {
    return region;
  }

  public GeoPoint location() {
    return new GeoPoint(latitude, longitude);
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public ManufactureSummary summary() {
    return new ManufactureSummary(id, name, city, region, location());
  }
}
