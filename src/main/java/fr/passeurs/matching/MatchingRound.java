package fr.passeurs.matching;

import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A matching round: the offers of one manufacture (or of the whole platform) and their applicants,
 * matched by deferred acceptance. It keeps the seed of its lottery and its input as it was read, so
 * that its result can be explained and reproduced; it shows its progress while it runs.
 */
@Entity
@Table(name = "matching_round")
public class MatchingRound {

  /** What a running round is doing. */
  public enum Phase {
    QUEUED,
    LOADING,
    MATCHING,
    SAVING,
    NOTIFYING,
    FINISHED
  }

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "seed")
  private long seed;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private RoundStatus status;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "respond_by")
  private Instant respondBy;

  @Column(name = "applicants")
  private int applicants;

  @Column(name = "offers")
  private int offers;

  @Column(name = "places")
  private int places;

  @Column(name = "matched")
  private int matched;

  @Column(name = "rare_places")
  private int rarePlaces;

  @Column(name = "rare_matched")
  private int rareMatched;

  @Lob
  @Column(name = "input")
  private String input;

  @Column(name = "error")
  private String error;

  @Version
  @Column(name = "version")
  private long version;

  protected MatchingRound() {}

  MatchingRound(String manufactureId, long seed, String startedBy, Instant respondBy, Instant now) {
    this.id = Ids.newId();
    this.manufactureId = manufactureId;
    this.seed = seed;
    this.status = RoundStatus.RUNNING;
    this.startedBy = startedBy;
    this.startedAt = now;
    this.respondBy = respondBy;
  }

  void finish(RoundFigures figures, String input, Instant now) {
    this.applicants = figures.applicants();
    this.offers = figures.offers();
    this.places = figures.places();
    this.matched = figures.matched();
    this.rarePlaces = figures.rarePlaces();
    this.rareMatched = figures.rareMatched();
    this.input = input;
    this.status = RoundStatus.DONE;
    this.finishedAt = now;
  }

  void fail(String error, Instant now) {
    this.status = RoundStatus.FAILED;
    this.error = error == null ? "failed" : error.substring(0, Math.min(error.length(), 1000));
    this.finishedAt = now;
  }

  /** The figures of a finished round. */
  public record RoundFigures(
      int applicants, int offers, int places, int matched, int rarePlaces, int rareMatched) {}

  public String scope() {
    return manufactureId == null ? "*" : manufactureId;
  }

  public String id() {
    return id;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public long seed() {
    return seed;
  }

  public RoundStatus status() {
    return status;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant respondBy() {
    return respondBy;
  }

  public RoundFigures figures() {
    return new RoundFigures(applicants, offers, places, matched, rarePlaces, rareMatched);
  }

  public String input() {
    return input;
  }

  public String error() {
    return error;
  }
}
