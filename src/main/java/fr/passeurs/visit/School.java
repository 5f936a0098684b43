package fr.passeurs.visit;

import fr.passeurs.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A school, known by its UAI. Registered once by the first of its teachers; the others who register
 * the same UAI join it.
 */
@Entity
@Table(name = "school")
public class School {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "uai")
  private String uai;

  @Column(name = "name")
  private String name;

  @Column(name = "city")
  private String city;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "school_teacher", joinColumns = @JoinColumn(name = "school_id"))
  @Column(name = "teacher_id")
  private Set<String> teacherIds = new HashSet<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected School() {}

  School(Uai uai, String name, String city, Instant now) {
    this.id = Ids.newId();
    this.uai = uai.code();
    this.name = name.trim();
    this.city = city.trim();
    this.createdAt = now;
  }

  /** The teacher no longer teaches here (they deleted their account). */
  void removeTeacher(String teacherId) {
    teacherIds.remove(teacherId);
  }

  void addTeacher(String teacherId) {
    teacherIds.add(teacherId);
  }

  public boolean hasTeacher(String teacherId) {
    return teacherIds.contains(teacherId);
  }

  public String id() {
    return id;
  }

  public String uai() {
    return uai;
  }

  public String name() {
    return name;
  }

  public String city() {
    return city;
  }
}
