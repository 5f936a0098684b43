package fr.passeurs.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One searchable word of a know-how entry, with the weight of the field it comes from. */
@Entity
@Table(name = "know_how_term")
@IdClass(SearchTerm.Key.class)
public class SearchTerm {

  @Id
  @Column(name = "term")
  private String term;

  @Id
  @Column(name = "know_how_id")
  private String knowHowId;

  @Column(name = "weight")
  private int weight;

  protected SearchTerm() {}

  SearchTerm(String term, String knowHowId, int weight) {
    this.term = term;
    this.knowHowId = knowHowId;
    this.weight = weight;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String term;
    private String knowHowId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(term, key.term)
          && java.util.Objects.equals(knowHowId, key.knowHowId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(term, knowHowId);
    }
  }
}
