package fr.passeurs.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the change feed, as read: something changed for the search, in a committed transaction.
 * Written by {@link SearchFeed} in SQL, so that the database numbers it.
 */
@Entity
@Table(name = "search_change")
class SearchChange {

  /** Numbered by the database (AUTO_INCREMENT) in the order the rows are written. */
  @Id
  @Column(name = "id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private SearchKind kind;

  @Column(name = "item_id")
  private String itemId;

  protected SearchChange() {}

  long id() {
    return id;
  }

  SearchKind kind() {
    return kind;
  }

  String itemId() {
    return itemId;
  }
}
