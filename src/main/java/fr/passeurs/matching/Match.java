package fr.passeurs.matching;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A place a round proposed to an apprentice: they accept it before its limit (it becomes an
 * apprenticeship) or decline it (the place is free for the next round).
 */
@Entity
@Table(name = "apprenticeship_match")
public class Match {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "round_id")
  private String roundId;

  @Column(name = "offer_id")
  private String offerId;

  @Column(name = "apprentice_id")
  private String apprenticeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private MatchStatus status;

  @Column(name = "respond_by")
  private Instant respondBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Match() {}

  Match(String roundId, String offerId, String apprenticeId, Instant respondBy, Instant now) {
    this.id = Ids.newId();
    this.roundId = roundId;
    this.offerId = offerId;
    this.apprenticeId = apprenticeId;
    this.status = MatchStatus.PROPOSED;
    this.respondBy = respondBy;
    this.createdAt = now;
  }

  void accept(Instant now) {
    open(now);
    status = MatchStatus.ACCEPTED;
    decidedAt = now;
  }

  void decline(Instant now) {
    open(now);
    status = MatchStatus.DECLINED;
    decidedAt = now;
  }

  /** True if it expired now: proposed, and its limit has passed. */
  boolean expire(Instant now) {
    if (status != MatchStatus.PROPOSED || now.isBefore(respondBy)) {
      return false;
    }
    status = MatchStatus.EXPIRED;
    decidedAt = now;
    return true;
  }

  private void open(Instant now) {
    if (status != MatchStatus.PROPOSED) {
      throw DomainException.conflict("match-decided", "problem.match-decided.status", status);
    }
    if (!now.isBefore(respondBy)) {
      throw DomainException.conflict("match-expired", "problem.match-expired");
    }
  }

  public String id() {
    return id;
  }

  public String roundId() {
    return roundId;
  }

  public String offerId() {
    return offerId;
  }

  public String apprenticeId() {
    return apprenticeId;
  }

  public MatchStatus status() {
    return status;
  }

  public Instant respondBy() {
    return respondBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
