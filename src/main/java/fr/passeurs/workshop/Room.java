package fr.passeurs.workshop;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A room of a manufacture, where trainings and class visits take place. */
@Entity
@Table(name = "room")
public class Room {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "name")
  private String name;

  @Column(name = "capacity")
  private int capacity;

  @Column(name = "wheelchair_accessible")
  private boolean wheelchairAccessible;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Room() {}

  Room(String manufactureId, String name, int capacity, boolean wheelchairAccessible, Instant now) {
    this.id = Ids.newId();
    this.manufactureId = manufactureId;
    this.createdAt = now;
    describe(name, capacity, wheelchairAccessible);
  }

  final void describe(String name, int capacity, boolean wheelchairAccessible) {
    this.name = name.trim();
    this.capacity = capacity;
    this.wheelchairAccessible = wheelchairAccessible;
  }

  public String id() {
    return id;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String name() {
    return name;
  }

  public int capacity() {
    return capacity;
  }

  public boolean wheelchairAccessible() {
    return wheelchairAccessible;
  }

  public RoomSummary summary() {
    return new RoomSummary(id, manufactureId, name, capacity, wheelchairAccessible);
  }
}
