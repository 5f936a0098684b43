package fr.passeurs.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Held while a round runs over a scope (a manufacture, or {@code *} for the platform): its key
 * refuses a second round over the same scope at the same time, on every instance.
 */
@Entity
@Table(name = "matching_round_lock")
public class RoundLock {

  @Id
  @Column(name = "scope")
  private String scope;

  @Column(name = "round_id")
  private String roundId;

  protected RoundLock() {}

  RoundLock(String scope, String roundId) {
    this.scope = scope;
    this.roundId = roundId;
  }

  public String roundId() {
    return roundId;
  }
}
