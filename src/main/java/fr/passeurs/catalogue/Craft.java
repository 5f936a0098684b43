package fr.passeurs.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A craft of the official list of métiers d'art (reference data, loaded by a migration and never
 * edited by the application).
 */
@Entity
@Table(name = "craft")
@Cacheable
public class Craft {

  @Id
  @Column(name = "code")
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "domain")
  private Domain domain;

  @Column(name = "name_fr")
  private String nameFr;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "source")
  private String source;

  protected Craft() {}

  public String code() {
    return code;
  }

  public Domain domain() {
    return domain;
  }

  public String nameFr() {
    return nameFr;
  }

  public String nameEn() {
    return nameEn;
  }

  /** Which official list(s) name this craft, joined with {@code ;}. */
  public String source() {
    return source;
  }
}
