package fr.passeurs.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed logins recorded for one key (an account from an address, or an address): kept in the
 * database so that every instance of a cluster counts them together.
 */
@Entity
@Table(name = "login_throttle")
class LoginFailures {

  @Id
  @Column(name = "throttle_key")
  private String key;

  @Column(name = "failures")
  private int count;

  @Column(name = "first_failure")
  private Instant first;

  @Column(name = "last_failure")
  private Instant last;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected LoginFailures() {}

  LoginFailures(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  ThrottlePolicy.Failures state() {
    return count == 0
        ? ThrottlePolicy.Failures.NONE
        : new ThrottlePolicy.Failures(count, first, last, blockedUntil);
  }

  void record(ThrottlePolicy.Failures failures) {
    this.count = failures.count();
    this.first = failures.first();
    this.last = failures.last();
    this.blockedUntil = failures.blockedUntil();
  }
}
