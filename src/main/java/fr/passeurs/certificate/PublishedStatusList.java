package fr.passeurs.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A status list as the platform keeps it: how many entries it has, the next one to hand out (under
 * a lock of this row, so that no index is given twice), and its latest signed credential, signed
 * again at each revocation.
 */
@Entity
@Table(name = "status_list")
public class PublishedStatusList {

  @Id
  @Column(name = "list_number")
  private int number;

  @Column(name = "size")
  private int size;

  @Column(name = "next_index")
  private int nextIndex;

  @Lob
  @Column(name = "credential")
  private String credential;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected PublishedStatusList() {}

  PublishedStatusList(int number, int size) {
    this.number = number;
    this.size = size;
  }

  boolean full() {
    return nextIndex >= size;
  }

  /** The next free index, taken. */
  int allocate() {
    if (full()) {
      throw new IllegalStateException("The status list " + number + " is full");
    }
    return nextIndex++;
  }

  void published(String jwt, Instant at) {
    this.credential = jwt;
    this.signedAt = at;
  }

  public int number() {
    return number;
  }

  public int size() {
    return size;
  }

  /** The latest signed status list credential; null until first published. */
  public String credential() {
    return credential;
  }
}
