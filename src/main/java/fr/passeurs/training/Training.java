package fr.passeurs.training;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A training an artisan offers for a know-how they hold; its sessions are scheduled apart. */
@Entity
@Table(name = "training")
public class Training {

  /** Most participants of a session, whatever the room. */
  public static final int MAX_PARTICIPANTS = 100;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "artisan_id")
  private String artisanId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "know_how_id")
  private String knowHowId;

  @Column(name = "title")
  private String title;

  @Column(name = "objectives")
  private String objectives;

  @Enumerated(EnumType.STRING)
  @Column(name = "level")
  private TrainingLevel level;

  @Column(name = "duration_hours")
  private int durationHours;

  @Column(name = "min_participants")
  private int minParticipants;

  @Column(name = "max_participants")
  private int maxParticipants;

  @Column(name = "minimum_age")
  private Integer minimumAge;

  @Column(name = "price_cents")
  private int priceCents;

  @Column(name = "min_attendance_percent")
  private int minAttendancePercent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "training_prerequisite", joinColumns = @JoinColumn(name = "training_id"))
  @Column(name = "prerequisite_id")
  private Set<String> prerequisiteIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "training_qualifying_machine",
      joinColumns = @JoinColumn(name = "training_id"))
  @Column(name = "machine_id")
  private Set<String> qualifyingMachineIds = new HashSet<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Training() {}

  Training(String artisanId, String manufactureId, TrainingDetails details, Instant now) {
    this.id = Ids.newId();
    this.artisanId = artisanId;
    this.manufactureId = manufactureId;
    this.createdAt = now;
    revise(details, now);
  }

  final void revise(TrainingDetails details, Instant now) {
    if (details.minParticipants() < 1
        || details.maxParticipants() < details.minParticipants()
        || details.maxParticipants() > MAX_PARTICIPANTS) {
      throw DomainException.invalid(
          "maxParticipants", "invalid.training.participants", MAX_PARTICIPANTS);
    }
    if (details.minAttendancePercent() < 0 || details.minAttendancePercent() > 100) {
      throw DomainException.invalid("minAttendancePercent", "invalid.training.attendance-percent");
    }
    if (details.prerequisiteIds().contains(id)) {
      throw DomainException.invalid("prerequisiteIds", "invalid.training.self-prerequisite");
    }
    this.knowHowId = details.knowHowId();
    this.title = details.title().trim();
    this.objectives = details.objectives() == null ? "" : details.objectives().trim();
    this.level = details.level();
    this.durationHours = details.durationHours();
    this.minParticipants = details.minParticipants();
    this.maxParticipants = details.maxParticipants();
    this.minimumAge = details.minimumAge();
    this.priceCents = details.priceCents();
    this.minAttendancePercent = details.minAttendancePercent();
    this.prerequisiteIds.retainAll(details.prerequisiteIds());
    this.prerequisiteIds.addAll(details.prerequisiteIds());
    this.qualifyingMachineIds.retainAll(details.qualifyingMachineIds());
    this.qualifyingMachineIds.addAll(details.qualifyingMachineIds());
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String artisanId() {
    return artisanId;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String knowHowId() {
    return knowHowId;
  }

  public String title() {
    return title;
  }

  public String objectives() {
    return objectives;
  }

  public TrainingLevel level() {
    return level;
  }

  public int durationHours() {
    return durationHours;
  }

  public int minParticipants() {
    return minParticipants;
  }

  public int maxParticipants() {
    return maxParticipants;
  }

  public Integer minimumAge() {
    return minimumAge;
  }

  public int priceCents() {
    return priceCents;
  }

  /** The share of the planned hours, in per cent, that earns a certificate of completion. */
  public int minAttendancePercent() {
    return minAttendancePercent;
  }

  /** The machines its certificate of completion authorises its holder on. */
  public Set<String> qualifyingMachineIds() {
    return Set.copyOf(qualifyingMachineIds);
  }

  public Set<String> prerequisiteIds() {
    return Set.copyOf(prerequisiteIds);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
