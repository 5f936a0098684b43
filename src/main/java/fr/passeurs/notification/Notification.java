package fr.passeurs.notification;

import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Notice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A notice kept for its recipient. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "recipient_id")
  private String recipientId;

  @Column(name = "kind")
  private String kind;

  @Column(name = "title")
  private String title;

  @Column(name = "body")
  private String body;

  @Column(name = "link")
  private String link;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  /** The notice as its recipient reads it, in their language. */
  Notification(Notice notice, Locale language, Instant now) {
    this.id = Ids.newId();
    this.recipientId = notice.recipientId();
    this.kind = notice.kind();
    this.title = notice.title().in(language);
    this.body = notice.body() == null ? "" : notice.body().in(language);
    this.link = notice.link();
    this.createdAt = now;
  }

  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public String id() {
    return id;
  }

  public String recipientId() {
    return recipientId;
  }

  public String kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String link() {
    return link;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
