package fr.passeurs.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A master's word on one applicant to their offer: a priority (1 first; equal priorities are ties,
 * broken by the round's rule) or unacceptable.
 */
@Embeddable
public class RankingEntry {

  @Column(name = "apprentice_id")
  private String apprenticeId;

  @Column(name = "priority")
  private Integer priority;

  @Column(name = "unacceptable")
  private boolean unacceptable;

  protected RankingEntry() {}

  public RankingEntry(String apprenticeId, Integer priority, boolean unacceptable) {
    this.apprenticeId = apprenticeId;
    this.priority = unacceptable ? null : priority;
    this.unacceptable = unacceptable;
  }

  public String apprenticeId() {
    return apprenticeId;
  }

  public Integer priority() {
    return priority;
  }

  public boolean unacceptable() {
    return unacceptable;
  }
}
