package fr.passeurs.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One quarter hour of one resource, taken by a reservation. Its primary key is what makes double
 * booking impossible, whatever the application does: two reservations of the same resource can
 * never hold the same quarter hour. {@link SchedulingService} writes the rows, in one fixed order;
 * the entity serves to read and delete them.
 */
@Entity
@Table(name = "reserved_grain")
@IdClass(ReservedGrain.Key.class)
public class ReservedGrain {

  /** The length of a grain: times are reserved by quarter hours. */
  public static final long SECONDS = 15 * 60;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type")
  private ResourceType resourceType;

  @Id
  @Column(name = "resource_id")
  private String resourceId;

  @Id
  @Column(name = "grain")
  private long grain;

  @Column(name = "reservation_id")
  private String reservationId;

  protected ReservedGrain() {}

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private ResourceType resourceType;
    private String resourceId;
    private long grain;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && resourceType == key.resourceType
          && Objects.equals(resourceId, key.resourceId)
          && grain == key.grain;
    }

    @Override
    public int hashCode() {
      return Objects.hash(resourceType, resourceId, grain);
    }
  }
}
