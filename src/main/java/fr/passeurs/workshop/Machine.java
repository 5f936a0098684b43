package fr.passeurs.workshop;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A shared machine of a manufacture: a loom, a forge, a lathe. */
@Entity
@Table(name = "machine")
public class Machine {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "room_id")
  private String roomId;

  @Column(name = "name")
  private String name;

  @Column(name = "kind")
  private String kind;

  @Column(name = "requires_authorisation")
  private boolean requiresAuthorisation;

  @Column(name = "minimum_age")
  private Integer minimumAge;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Machine() {}

  Machine(String manufactureId, MachineDetails details, Instant now) {
    this.id = Ids.newId();
    this.manufactureId = manufactureId;
    this.createdAt = now;
    describe(details);
  }

  final void describe(MachineDetails details) {
    this.name = details.name().trim();
    this.kind = details.kind().trim();
    this.roomId = details.roomId();
    this.requiresAuthorisation = details.requiresAuthorisation();
    this.minimumAge = details.minimumAge();
  }

  public String id() {
    return id;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String roomId() {
    return roomId;
  }

  public String name() {
    return name;
  }

  public String kind() {
    return kind;
  }

  public boolean requiresAuthorisation() {
    return requiresAuthorisation;
  }

  public Integer minimumAge() {
    return minimumAge;
  }

  public MachineSummary summary() {
    return new MachineSummary(
        id, manufactureId, roomId, name, kind, requiresAuthorisation, minimumAge);
  }
}
