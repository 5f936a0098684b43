package fr.passeurs.matching;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A master and an apprentice, from an accepted match: the know-how passes on milestone after
 * milestone of the offer's plan, each marked reached by the master.
 */
@Entity
@Table(name = "apprenticeship")
public class Apprenticeship {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "match_id")
  private String matchId;

  @Column(name = "offer_id")
  private String offerId;

  @Column(name = "master_id")
  private String masterId;

  @Column(name = "apprentice_id")
  private String apprenticeId;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "apprenticeship_milestone",
      joinColumns = @JoinColumn(name = "apprenticeship_id"))
  @OrderColumn(name = "seq")
  private List<Milestone> milestones = new ArrayList<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  /** A step of the transmission plan, reached or not yet. */
  @Embeddable
  public static class Milestone {

    @Column(name = "title")
    private String title;

    @Column(name = "reached_at")
    private Instant reachedAt;

    protected Milestone() {}

    Milestone(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }

    public Instant reachedAt() {
      return reachedAt;
    }
  }

  protected Apprenticeship() {}

  Apprenticeship(Match match, ApprenticeshipOffer offer, Instant now) {
    this.id = Ids.newId();
    this.matchId = match.id();
    this.offerId = offer.id();
    this.masterId = offer.masterId();
    this.apprenticeId = match.apprenticeId();
    this.startsOn = offer.startDate();
    this.endsOn = offer.endDate();
    offer.milestones().forEach(m -> milestones.add(new Milestone(m)));
    this.createdAt = now;
  }

  /** The master marks a milestone reached (0 is the first). */
  void reach(int index, Instant now) {
    if (index < 0 || index >= milestones.size()) {
      throw DomainException.invalid(
          "milestone", "invalid.apprenticeship.milestone", milestones.size());
    }
    Milestone milestone = milestones.get(index);
    if (milestone.reachedAt != null) {
      throw DomainException.conflict("milestone-reached", "problem.milestone-reached");
    }
    milestone.reachedAt = now;
  }

  public int reachedCount() {
    return (int) milestones.stream().filter(m -> m.reachedAt != null).count();
  }

  public String id() {
    return id;
  }

  public String offerId() {
    return offerId;
  }

  public String masterId() {
    return masterId;
  }

  public String apprenticeId() {
    return apprenticeId;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
