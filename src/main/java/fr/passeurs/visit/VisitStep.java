package fr.passeurs.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One line of a booking's history: who did what, when, from which status to which, and why. Lines
 * are only ever added.
 */
@Embeddable
public class VisitStep {

  @Column(name = "happened_at")
  private Instant at;

  /** Null when the platform itself acted (a request expired). */
  @Column(name = "actor_id")
  private String actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action")
  private VisitAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private VisitStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private VisitStatus to;

  @Column(name = "note")
  private String note;

  protected VisitStep() {}

  VisitStep(
      Instant at,
      String actorId,
      VisitAction action,
      VisitStatus from,
      VisitStatus to,
      String note) {
    this.at = at;
    this.actorId = actorId;
    this.action = action;
    this.from = from;
    this.to = to;
    this.note = note;
  }

  public Instant at() {
    return at;
  }

  public String actorId() {
    return actorId;
  }

  public VisitAction action() {
    return action;
  }

  public VisitStatus from() {
    return from;
  }

  public VisitStatus to() {
    return to;
  }

  public String note() {
    return note;
  }
}
