package fr.passeurs.matching.web;

import fr.passeurs.catalogue.CraftService;
import fr.passeurs.catalogue.CraftSummary;
import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApprenticeProfileRequest;
import fr.passeurs.matching.api.MatchingViews.ProfileView;
import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An apprentice's profile for matching: crafts (and, if they wish, precise know-how) of interest,
 * where they live (near a manufacture's town, or exact coordinates) and how far they travel, from
 * when, their level, experience and motivation.
 */
@Named
@ViewScoped
public class ApprenticeProfileBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MatchingReads matching;
  @Inject private CraftService crafts;
  @Inject private KnowHowService knowHow;
  @Inject private ManufactureService manufactures;
  @Inject private Instance<Caller> caller;

  private boolean loaded;
  private boolean existing;

  private List<String> textileCrafts = new ArrayList<>();
  private List<String> woodCrafts = new ArrayList<>();
  private List<String> metalCrafts = new ArrayList<>();
  private List<String> knowHowIds = new ArrayList<>();

  /** Know-how of interest that no open offer passes on any more: kept as it was. */
  private Set<String> otherKnowHowIds = new HashSet<>();

  @LimitsOf(ApprenticeProfileRequest.class)
  private String homeCity;

  /** A manufacture's town, as "LAT,LON". */
  private String nearTown;

  @LimitsOf(value = ApprenticeProfileRequest.class, field = "home")
  private String coordinates;

  @NotNull private Integer travelKm = 50;

  @NotNull private java.time.LocalDate availableFrom;

  @NotNull private ApprenticeLevel level = ApprenticeLevel.NOVICE;

  @LimitsOf(ApprenticeProfileRequest.class)
  private String experience;

  @LimitsOf(ApprenticeProfileRequest.class)
  private String motivation;

  /** A town where a manufacture is: a place to say one lives near. */
  public record Town(String name, String point) implements Serializable {}

  /** Fills the form from the profile, once per view; apprentices only. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    if (!caller.get().has(Role.APPRENTICE)) {
      PageAccess.endWith(403);
      return;
    }
    matching.profile(caller.get()).ifPresent(this::fill);
  }

  private void fill(ProfileView p) {
    existing = true;
    Map<String, Domain> domains =
        crafts.summaries().stream()
            .collect(Collectors.toMap(CraftSummary::code, CraftSummary::domain));
    for (String code : p.craftCodes()) {
      Domain domain = domains.get(code);
      if (domain != null) {
        listOf(domain).add(code);
      }
    }
    Set<String> offered =
        getKnowHowChoices().stream().map(KnowHowSummary::id).collect(Collectors.toSet());
    for (String id : p.knowHowIds()) {
      (offered.contains(id) ? knowHowIds : otherKnowHowIds).add(id);
    }
    homeCity = p.homeCity();
    String point = pointText(new GeoPoint(p.latitude(), p.longitude()));
    if (getTowns().stream().anyMatch(t -> t.point().equals(point))) {
      nearTown = point;
      if (homeCity.equals(cityAt(point))) {
        // the town was the manufacture's: it follows the manufacture chosen
        homeCity = null;
      }
    } else {
      coordinates = point;
    }
    travelKm = p.travelKm();
    availableFrom = p.availableFrom();
    level = ApprenticeLevel.valueOf(p.level());
    experience = p.experience();
    motivation = p.motivation();
  }

  private List<String> listOf(Domain domain) {
    return switch (domain) {
      case TEXTILE -> textileCrafts;
      case WOOD -> woodCrafts;
      case METAL -> metalCrafts;
    };
  }

  public String save() {
    GeoPoint home;
    if (coordinates != null && !coordinates.isBlank()) {
      home = GeoPoint.parse(coordinates);
      if (home == null) {
        Feedback.error("profile.coordinatesInvalid");
        return null;
      }
    } else {
      home = GeoPoint.parse(nearTown);
      if (home == null) {
        Feedback.error("profile.placeNeeded");
        return null;
      }
    }
    String city = homeCity == null ? "" : homeCity.trim();
    if (city.isEmpty() && (coordinates == null || coordinates.isBlank())) {
      city = cityAt(nearTown);
    }
    if (city.isEmpty()) {
      Feedback.error("profile.homeCityNeeded");
      return null;
    }
    Set<String> codes = new HashSet<>();
    codes.addAll(textileCrafts);
    codes.addAll(woodCrafts);
    codes.addAll(metalCrafts);
    Set<String> entries = new HashSet<>(knowHowIds);
    entries.addAll(otherKnowHowIds);
    try {
      matching.describeProfile(
          caller.get(),
          new ApprenticeProfileRequest(
              List.copyOf(codes),
              List.copyOf(entries),
              city,
              pointText(home),
              travelKm,
              availableFrom,
              level == null ? null : level.name(),
              experience,
              motivation));
      Feedback.info("profile.saved");
      return "/me/apprenticeship-offers?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public List<CraftSummary> craftsOf(String domain) {
    return crafts.summaries().stream().filter(c -> c.domain().name().equals(domain)).toList();
  }

  /** The know-how that open offers pass on, by title: the precise ones one may ask for. */
  public List<KnowHowSummary> getKnowHowChoices() {
    Set<String> ids =
        matching.openOffers(null).stream().map(o -> o.knowHow().id()).collect(Collectors.toSet());
    return knowHow.summaries(ids).values().stream()
        .filter(k -> !k.archived())
        .sorted(Comparator.comparing(k -> k.title().toLowerCase(Locale.ROOT)))
        .toList();
  }

  /**
   * The places of the manufactures, by town, each once; a town with manufactures at several places
   * names each place by its manufacture.
   */
  public List<Town> getTowns() {
    Map<String, List<ManufactureSummary>> byPoint = new LinkedHashMap<>();
    manufactures.all().stream()
        .filter(m -> m.location() != null && m.city() != null)
        .sorted(
            Comparator.comparing(ManufactureSummary::city).thenComparing(ManufactureSummary::name))
        .forEach(
            m -> byPoint.computeIfAbsent(pointText(m.location()), k -> new ArrayList<>()).add(m));
    Map<String, Long> placesPerTown =
        byPoint.values().stream()
            .collect(Collectors.groupingBy(ms -> ms.get(0).city(), Collectors.counting()));
    return byPoint.entrySet().stream()
        .map(
            e -> {
              ManufactureSummary first = e.getValue().get(0);
              String name =
                  placesPerTown.get(first.city()) > 1
                      ? first.city() + " — " + first.name()
                      : first.city();
              return new Town(name, e.getKey());
            })
        .toList();
  }

  /** The town of the manufactures at that place, or blank. */
  private String cityAt(String point) {
    return manufactures.all().stream()
        .filter(m -> m.location() != null && pointText(m.location()).equals(point))
        .map(ManufactureSummary::city)
        .findFirst()
        .orElse("");
  }

  public ApprenticeLevel[] getLevels() {
    return ApprenticeLevel.values();
  }

  public boolean isExisting() {
    return existing;
  }

  private static String pointText(GeoPoint point) {
    return point.latitude() + "," + point.longitude();
  }

  public List<String> getTextileCrafts() {
    return textileCrafts;
  }

  public void setTextileCrafts(List<String> textileCrafts) {
    this.textileCrafts = textileCrafts;
  }

  public List<String> getWoodCrafts() {
    return woodCrafts;
  }

  public void setWoodCrafts(List<String> woodCrafts) {
    this.woodCrafts = woodCrafts;
  }

  public List<String> getMetalCrafts() {
    return metalCrafts;
  }

  public void setMetalCrafts(List<String> metalCrafts) {
    this.metalCrafts = metalCrafts;
  }

  public List<String> getKnowHowIds() {
    return knowHowIds;
  }

  public void setKnowHowIds(List<String> knowHowIds) {
    this.knowHowIds = knowHowIds;
  }

  public String getHomeCity() {
    return homeCity;
  }

  public void setHomeCity(String homeCity) {
    this.homeCity = homeCity;
  }

  public String getNearTown() {
    return nearTown;
  }

  public void setNearTown(String nearTown) {
    this.nearTown = nearTown;
  }

  public String getCoordinates() {
    return coordinates;
  }

  public void setCoordinates(String coordinates) {
    this.coordinates = coordinates;
  }

  public Integer getTravelKm() {
    return travelKm;
  }

  public void setTravelKm(Integer travelKm) {
    this.travelKm = travelKm;
  }

  public java.time.LocalDate getAvailableFrom() {
    return availableFrom;
  }

  public void setAvailableFrom(java.time.LocalDate availableFrom) {
    this.availableFrom = availableFrom;
  }

  public ApprenticeLevel getLevel() {
    return level;
  }

  public void setLevel(ApprenticeLevel level) {
    this.level = level;
  }

  public String getExperience() {
    return experience;
  }

  public void setExperience(String experience) {
    this.experience = experience;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }
}
