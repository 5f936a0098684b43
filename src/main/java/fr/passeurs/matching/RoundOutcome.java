package fr.passeurs.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * What one applicant got from a round (an offer, or none) and why, as a JSON explanation written
 * when the round was saved: for each offer they ranked higher, that its places went to applicants
 * its master ranked higher, or that the master did not accept them.
 */
@Entity
@Table(name = "round_outcome")
@IdClass(RoundOutcome.Key.class)
public class RoundOutcome {

  /** Round and apprentice. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String roundId;
    private String apprenticeId;

    public Key() {}

    public Key(String roundId, String apprenticeId) {
      this.roundId = roundId;
      this.apprenticeId = apprenticeId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.roundId, roundId)
          && Objects.equals(k.apprenticeId, apprenticeId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(roundId, apprenticeId);
    }
  }

  @Id
  @Column(name = "round_id")
  private String roundId;

  @Id
  @Column(name = "apprentice_id")
  private String apprenticeId;

  @Column(name = "offer_id")
  private String offerId;

  @Column(name = "explanation")
  private String explanation;

  protected RoundOutcome() {}

  RoundOutcome(String roundId, String apprenticeId, String offerId, String explanation) {
    this.roundId = roundId;
    this.apprenticeId = apprenticeId;
    this.offerId = offerId;
    this.explanation = explanation;
  }

  public String roundId() {
    return roundId;
  }

  public String apprenticeId() {
    return apprenticeId;
  }

  public String offerId() {
    return offerId;
  }

  public String explanation() {
    return explanation;
  }
}
