package fr.passeurs.catalogue;

import fr.passeurs.workshop.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One searchable word of a published know-how entry, with the weight of the field it comes from and
 * a copy of the entry's filterable facts (see the migration), rewritten with the entry.
 */
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

  @Enumerated(EnumType.STRING)
  @Column(name = "domain")
  private Domain domain;

  @Column(name = "craft_code")
  private String craftCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "region")
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "rarity")
  private Rarity rarity;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  protected SearchTerm() {}

  SearchTerm(String term, int weight, KnowHow entry) {
    this.term = term;
    this.knowHowId = entry.id();
    this.weight = weight;
    this.domain = entry.domain();
    this.craftCode = entry.craft() == null ? null : entry.craft().code();
    this.region = entry.region();
    this.rarity = entry.rarity();
    this.manufactureId = entry.manufactureId();
    this.latitude = entry.location() == null ? null : entry.location().latitude();
    this.longitude = entry.location() == null ? null : entry.location().longitude();
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
