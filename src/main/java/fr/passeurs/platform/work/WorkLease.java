package fr.passeurs.platform.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who runs a piece of periodic work, until when: the instance holding an unexpired lease is the
 * only one that runs it; one that died lets it expire, and another takes it over. No holder: the
 * last run gave it back.
 */
@Entity
@Table(name = "work_lease")
public class WorkLease {

  @Id
  @Column(name = "work_name")
  private String name;

  @Column(name = "holder")
  private String holder;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_run_at")
  private Instant lastRunAt;

  protected WorkLease() {}

  WorkLease(String name, String holder, Instant expiresAt) {
    this.name = name;
    this.holder = holder;
    this.expiresAt = expiresAt;
  }

  public String holder() {
    return holder;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastRunAt() {
    return lastRunAt;
  }
}
