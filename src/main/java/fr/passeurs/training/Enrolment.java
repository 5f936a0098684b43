package fr.passeurs.training;

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
 * An apprentice's place in a session: a confirmed seat, or a number in the waiting list (their
 * position is their rank among those still waiting, so positions never have gaps).
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "session_id")
  private String sessionId;

  @Column(name = "apprentice_id")
  private String apprenticeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private EnrolmentStatus status;

  @Column(name = "queue_number")
  private Integer queueNumber;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Enrolment() {}

  private Enrolment(String sessionId, String apprenticeId, Instant now) {
    this.id = Ids.newId();
    this.sessionId = sessionId;
    this.apprenticeId = apprenticeId;
    this.createdAt = now;
  }

  static Enrolment confirmed(String sessionId, String apprenticeId, Instant now) {
    Enrolment enrolment = new Enrolment(sessionId, apprenticeId, now);
    enrolment.confirm(now);
    return enrolment;
  }

  static Enrolment waitlisted(String sessionId, String apprenticeId, int queueNumber, Instant now) {
    Enrolment enrolment = new Enrolment(sessionId, apprenticeId, now);
    enrolment.waitAs(queueNumber);
    return enrolment;
  }

  /** Back in, after a cancellation: at the end of the queue or on a free seat. */
  void rejoin(Integer queueNumber, Instant now) {
    this.createdAt = now;
    this.cancelledAt = null;
    if (queueNumber == null) {
      confirm(now);
    } else {
      waitAs(queueNumber);
      this.confirmedAt = null;
    }
  }

  void confirm(Instant now) {
    this.status = EnrolmentStatus.CONFIRMED;
    this.queueNumber = null;
    this.confirmedAt = now;
  }

  private void waitAs(int number) {
    this.status = EnrolmentStatus.WAITLISTED;
    this.queueNumber = number;
  }

  void cancel(Instant now) {
    this.status = EnrolmentStatus.CANCELLED;
    this.queueNumber = null;
    this.cancelledAt = now;
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public String apprenticeId() {
    return apprenticeId;
  }

  public EnrolmentStatus status() {
    return status;
  }

  public Integer queueNumber() {
    return queueNumber;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public boolean isActive() {
    return status != EnrolmentStatus.CANCELLED;
  }
}
