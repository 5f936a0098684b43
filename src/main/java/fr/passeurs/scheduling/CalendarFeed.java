package fr.passeurs.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A private calendar feed: whoever has its token reads the calendar, so only the token's hash is
 * kept, and issuing a new token (or revoking it) makes the old address stop working.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

  /** Whose calendar a feed is. */
  public enum Owner {
    ACCOUNT,
    ROOM
  }

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_type")
  private Owner ownerType;

  @Column(name = "owner_id")
  private String ownerId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected CalendarFeed() {}

  CalendarFeed(String tokenHash, Owner ownerType, String ownerId, Instant now) {
    this.tokenHash = tokenHash;
    this.ownerType = ownerType;
    this.ownerId = ownerId;
    this.createdAt = now;
  }

  public Owner ownerType() {
    return ownerType;
  }

  public String ownerId() {
    return ownerId;
  }
}
