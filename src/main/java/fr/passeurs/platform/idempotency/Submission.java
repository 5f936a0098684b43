package fr.passeurs.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request that must not be done twice, and once done, what it answered. */
@Entity
@Table(name = "submission")
class Submission {

  enum State {
    RUNNING,
    DONE
  }

  @Id
  @Column(name = "key_hash")
  private String keyHash;

  @Column(name = "request_hash")
  private String requestHash;

  @Column(name = "state")
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private State state;

  @Column(name = "status")
  private Integer status;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "location")
  private String location;

  @Column(name = "body")
  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Submission() {}

  Submission(String keyHash, String requestHash, Instant now) {
    this.keyHash = keyHash;
    this.requestHash = requestHash;
    this.state = State.RUNNING;
    this.createdAt = now;
  }

  void done(int status, String contentType, String location, String body) {
    this.state = State.DONE;
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.body = body;
  }

  Submissions.Outcome outcome() {
    return new Submissions.Outcome(status, contentType, location, body);
  }

  State state() {
    return state;
  }

  String requestHash() {
    return requestHash;
  }

  Instant createdAt() {
    return createdAt;
  }
}
