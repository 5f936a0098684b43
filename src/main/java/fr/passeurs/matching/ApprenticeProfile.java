package fr.passeurs.matching;

import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.GeoPoint;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an apprentice says of themselves to be matched: the crafts and know-how they long for, where
 * they live and how far they would go, from when, their level and motivation; and their ranked
 * applications (up to ten offers, the first the most wished).
 */
@Entity
@Table(name = "apprentice_profile")
public class ApprenticeProfile {

  public static final int MAX_CHOICES = 10;

  @Id
  @Column(name = "apprentice_id")
  private String apprenticeId;

  @Column(name = "home_city")
  private String homeCity;

  @Column(name = "latitude")
  private double latitude;

  @Column(name = "longitude")
  private double longitude;

  @Column(name = "travel_km")
  private int travelKm;

  @Column(name = "available_from")
  private LocalDate availableFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "level")
  private ApprenticeLevel level;

  @Column(name = "experience")
  private String experience;

  @Column(name = "motivation")
  private String motivation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "apprentice_craft_interest",
      joinColumns = @JoinColumn(name = "apprentice_id"))
  @Column(name = "craft_code")
  private Set<String> craftCodes = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "apprentice_know_how_interest",
      joinColumns = @JoinColumn(name = "apprentice_id"))
  @Column(name = "know_how_id")
  private Set<String> knowHowIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "application_choice", joinColumns = @JoinColumn(name = "apprentice_id"))
  @OrderColumn(name = "choice_rank")
  @Column(name = "offer_id")
  private List<String> choices = new ArrayList<>();

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected ApprenticeProfile() {}

  /** What an apprentice writes of themselves. */
  public record Details(
      Set<String> craftCodes,
      Set<String> knowHowIds,
      String homeCity,
      GeoPoint home,
      int travelKm,
      LocalDate availableFrom,
      ApprenticeLevel level,
      String experience,
      String motivation) {

    public Details {
      craftCodes = craftCodes == null ? Set.of() : Set.copyOf(craftCodes);
      knowHowIds = knowHowIds == null ? Set.of() : Set.copyOf(knowHowIds);
    }
  }

  ApprenticeProfile(String apprenticeId, Details details, Instant now) {
    this.apprenticeId = apprenticeId;
    describe(details, now);
  }

  final void describe(Details details, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (details.homeCity() == null
        || details.homeCity().isBlank()
        || details.homeCity().length() > 120) {
      errors.add(new FieldError("homeCity", "invalid.length.range", 1, 120));
    }
    if (details.home() == null) {
      errors.add(new FieldError("home", "invalid.apprentice-profile.home"));
    }
    if (details.travelKm() < 0 || details.travelKm() > 1000) {
      errors.add(new FieldError("travelKm", "invalid.apprentice-profile.travel-km", 0, 1000));
    }
    if (details.availableFrom() == null) {
      errors.add(new FieldError("availableFrom", "invalid.required"));
    }
    if (details.level() == null) {
      errors.add(new FieldError("level", "invalid.required"));
    }
    if (details.craftCodes().isEmpty() && details.knowHowIds().isEmpty()) {
      errors.add(new FieldError("craftCodes", "invalid.apprentice-profile.no-interest"));
    }
    if (details.craftCodes().size() + details.knowHowIds().size() > 30) {
      errors.add(new FieldError("craftCodes", "invalid.apprentice-profile.too-many-interests", 30));
    }
    for (String[] text :
        new String[][] {
          {"experience", details.experience()}, {"motivation", details.motivation()}
        }) {
      if (text[1] != null && text[1].length() > 2000) {
        errors.add(new FieldError(text[0], "invalid.length.max", 2000));
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    this.homeCity = details.homeCity().trim();
    this.latitude = details.home().latitude();
    this.longitude = details.home().longitude();
    this.travelKm = details.travelKm();
    this.availableFrom = details.availableFrom();
    this.level = details.level();
    this.experience = details.experience() == null ? "" : details.experience().trim();
    this.motivation = details.motivation() == null ? "" : details.motivation().trim();
    this.craftCodes.retainAll(details.craftCodes());
    this.craftCodes.addAll(details.craftCodes());
    this.knowHowIds.retainAll(details.knowHowIds());
    this.knowHowIds.addAll(details.knowHowIds());
    this.updatedAt = now;
  }

  /** The ranked applications replace the previous ones. */
  void apply(List<String> offerIds, Instant now) {
    if (offerIds.size() > MAX_CHOICES) {
      throw DomainException.invalid("offerIds", "invalid.applications.too-many", MAX_CHOICES);
    }
    if (offerIds.stream().distinct().count() != offerIds.size()) {
      throw DomainException.invalid("offerIds", "invalid.applications.duplicate");
    }
    choices.clear();
    choices.addAll(offerIds);
    this.updatedAt = now;
  }

  public String apprenticeId() {
    return apprenticeId;
  }

  /** What a fit reads of this profile. */
  public Fit.Seeker seeker() {
    return new Fit.Seeker(
        home(), homeCity(), travelKm(), level(), availableFrom(), knowHowIds(), craftCodes());
  }

  public String homeCity() {
    return homeCity;
  }

  public GeoPoint home() {
    return new GeoPoint(latitude, longitude);
  }

  public int travelKm() {
    return travelKm;
  }

  public LocalDate availableFrom() {
    return availableFrom;
  }

  public ApprenticeLevel level() {
    return level;
  }

  public String experience() {
    return experience;
  }

  public String motivation() {
    return motivation;
  }

  public Set<String> craftCodes() {
    return Set.copyOf(craftCodes);
  }

  public Set<String> knowHowIds() {
    return Set.copyOf(knowHowIds);
  }

  public List<String> choices() {
    return List.copyOf(choices);
  }

  public long version() {
    return version;
  }
}
