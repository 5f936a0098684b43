package fr.passeurs.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;

/**
 * A running round's progress, written in transactions of its own so that whoever follows the round
 * sees it move while the round's own work is still uncommitted. It lives apart from the round: the
 * rows a round saves lock the round's row (their foreign keys), never this one.
 */
@ApplicationScoped
public class RoundProgress {

  @PersistenceContext private EntityManager em;

  /** Where a round is, and how far. */
  @Entity
  @Table(name = "matching_round_progress")
  public static class Row {

    @Id
    @Column(name = "round_id")
    private String roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase")
    private MatchingRound.Phase phase;

    @Column(name = "done")
    private int done;

    @Column(name = "total")
    private int total;

    protected Row() {}

    Row(String roundId) {
      this.roundId = roundId;
      this.phase = MatchingRound.Phase.QUEUED;
    }

    /**
     * Changed here, in the entity's own code, and never from outside: the persistence provider
     * weaves change tracking into the entity's methods, and a field written from another class
     * would not be seen, nor saved.
     */
    void move(MatchingRound.Phase phase, int done, int total) {
      this.phase = phase;
      this.total = Math.max(0, total);
      this.done = Math.max(0, Math.min(done, this.total));
    }

    public MatchingRound.Phase phase() {
      return phase;
    }

    public int done() {
      return done;
    }

    public int total() {
      return total;
    }
  }

  /** A new round's progress, queued; in the caller's transaction. */
  @Transactional
  public void begin(String roundId) {
    em.persist(new Row(roundId));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void set(String roundId, MatchingRound.Phase phase, int done, int total) {
    Row row = em.find(Row.class, roundId);
    if (row != null) {
      row.move(phase, done, total);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Row of(String roundId) {
    Row row = em.find(Row.class, roundId);
    return row == null ? new Row(roundId) : row;
  }
}
