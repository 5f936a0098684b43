package fr.passeurs.scheduling;

import fr.passeurs.platform.Ids;
import fr.passeurs.platform.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One resource reserved for one stretch of time by a holder. */
@Entity
@Table(name = "reservation")
public class Reservation {

  @Id
  @Column(name = "id")
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type")
  private ResourceType resourceType;

  @Column(name = "resource_id")
  private String resourceId;

  @Column(name = "resource_label")
  private String resourceLabel;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "holder_type")
  private HolderType holderType;

  @Column(name = "holder_id")
  private String holderId;

  @Column(name = "label")
  private String label;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Reservation() {}

  Reservation(Booking booking, ResourceRef resource, TimeRange time, Instant now) {
    this.id = Ids.newId();
    this.resourceType = resource.type();
    this.resourceId = resource.id();
    this.resourceLabel = resource.label();
    this.manufactureId = booking.manufactureId();
    this.startsAt = time.start();
    this.endsAt = time.end();
    this.holderType = booking.holderType();
    this.holderId = booking.holderId();
    this.label = booking.label();
    this.createdAt = now;
  }

  public String id() {
    return id;
  }

  public ResourceType resourceType() {
    return resourceType;
  }

  public String resourceId() {
    return resourceId;
  }

  public String resourceLabel() {
    return resourceLabel;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public TimeRange time() {
    return new TimeRange(startsAt, endsAt);
  }

  public HolderType holderType() {
    return holderType;
  }

  public String holderId() {
    return holderId;
  }

  public String label() {
    return label;
  }

  public ReservationView view() {
    return new ReservationView(
        id,
        resourceType,
        resourceId,
        resourceLabel,
        manufactureId,
        time(),
        holderType,
        holderId,
        label);
  }
}
