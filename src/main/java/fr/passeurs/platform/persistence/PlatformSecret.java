package fr.passeurs.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A secret the platform drew for itself, kept in the database so that every instance shares it. */
@Entity
@Table(name = "platform_secret")
public class PlatformSecret {

  @Id
  @Column(name = "name")
  private String name;

  @Column(name = "secret")
  private String secret;

  @Column(name = "created_at")
  private Instant createdAt;

  protected PlatformSecret() {}

  PlatformSecret(String name, String secret, Instant now) {
    this.name = name;
    this.secret = secret;
    this.createdAt = now;
  }

  public String secret() {
    return secret;
  }
}
