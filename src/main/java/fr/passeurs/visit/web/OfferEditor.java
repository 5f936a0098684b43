package fr.passeurs.visit.web;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitFormat;
import fr.passeurs.visit.api.VisitOfferRequest;
import fr.passeurs.visit.api.VisitOfferRequest.PeriodRequest;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.VisitOfferView;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing a visit offer: an artisan for a know-how they hold; a manager for an artisan of their
 * manufacture, chosen first. With the offers already published and a button to withdraw each.
 */
@Named
@ViewScoped
public class OfferEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitReads visits;
  @Inject private KnowHowService knowHow;
  @Inject private AccountService accounts;
  @Inject private WorkshopService workshop;
  @Inject private Instance<Caller> caller;

  private String artisanId;
  private String knowHowId;
  private String roomId;
  private String title;
  private String description;
  private VisitFormat format = VisitFormat.GUIDED_VISIT;
  private List<String> levels = new ArrayList<>();
  private Integer durationMinutes = 90;
  private Integer minPupils = 5;
  private Integer maxPupils;
  private List<String> accessibility = new ArrayList<>();
  private Integer minimumAge;
  private String safetyRules;
  private String protectiveEquipment;
  private LocalDate from1;
  private LocalDate to1;
  private LocalDate from2;
  private LocalDate to2;
  private List<String> weekdays =
      new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));

  /** The inputs of the fields the service may name. */
  private static Map<String, String> inputs() {
    Map<String, String> inputs = new HashMap<>();
    for (String field :
        List.of(
            "artisanId",
            "knowHowId",
            "roomId",
            "title",
            "description",
            "format",
            "levels",
            "durationMinutes",
            "minPupils",
            "maxPupils",
            "accessibility",
            "minimumAge",
            "safetyRules",
            "protectiveEquipment",
            "weekdays")) {
      inputs.put(field, "offer:" + field);
    }
    inputs.put("periods", "offer:from1");
    inputs.put("periods[0]", "offer:from1");
    inputs.put("periods[1]", "offer:from2");
    return inputs;
  }

  /** Publishes the offer as the API would, with a {@link VisitOfferRequest}. */
  public String publish() {
    List<PeriodRequest> periods = new ArrayList<>();
    if (from1 != null || to1 != null) {
      periods.add(new PeriodRequest(from1, to1));
    }
    if (from2 != null || to2 != null) {
      periods.add(new PeriodRequest(from2, to2));
    }
    try {
      VisitOfferView offer =
          visits.publish(
              caller.get(),
              new VisitOfferRequest(
                  blankToNull(knowHowId),
                  isManager() ? blankToNull(artisanId) : null,
                  blankToNull(roomId),
                  title,
                  description,
                  format == null ? null : format.name(),
                  levels,
                  durationMinutes,
                  minPupils,
                  maxPupils,
                  accessibility,
                  minimumAge,
                  safetyRules,
                  protectiveEquipment,
                  periods,
                  weekdays));
      Feedback.info("offerEdit.published", offer.title());
      return "/artisan/visit-offer-edit?faces-redirect=true";
    } catch (DomainException e) {
      Refusals.show(e, inputs());
      return null;
    }
  }

  public String withdraw(String offerId) {
    try {
      VisitOfferView offer = visits.withdraw(caller.get(), offerId);
      Feedback.info("offerEdit.withdrawnDone", offer.title());
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/visit-offer-edit?faces-redirect=true";
  }

  /** The offers the caller looks after, withdrawn ones too. */
  public List<VisitOfferView> getMine() {
    return visits.lookedAfterBy(caller.get());
  }

  public boolean isManager() {
    return caller.get().has(Role.MANAGER);
  }

  public boolean isWithoutManufacture() {
    return caller.get().manufactureId() == null;
  }

  /** The active artisans a manager may name as host. */
  public List<AccountSummary> getArtisans() {
    return accounts.artisansOf(caller.get().manufactureId()).stream()
        .filter(AccountSummary::isActive)
        .toList();
  }

  /** The know-how the host holds: the artisan's own, or the chosen artisan's for a manager. */
  public List<KnowHowSummary> getKnowHow() {
    String host = isManager() ? blankToNull(artisanId) : caller.get().accountId();
    return host == null ? List.of() : knowHow.heldBy(host);
  }

  public List<RoomSummary> getRooms() {
    return isWithoutManufacture()
        ? List.of()
        : workshop.roomSummaries(caller.get().manufactureId());
  }

  public VisitFormat[] getFormats() {
    return VisitFormat.values();
  }

  public SchoolLevel[] getAllLevels() {
    return SchoolLevel.values();
  }

  public AccessibilityNeed[] getAllNeeds() {
    return AccessibilityNeed.values();
  }

  /**
   * The day clicked on the planning: the offer is prefilled for that one day (its period and its
   * weekday), which the host may widen before publishing.
   */
  public void setDayAt(LocalDate at) {
    if (at == null) {
      return;
    }
    from1 = at;
    to1 = at;
    weekdays = new ArrayList<>(List.of(at.getDayOfWeek().name()));
  }

  public LocalDate getDayAt() {
    return null;
  }

  public DayOfWeek[] getAllWeekdays() {
    return DayOfWeek.values();
  }

  /** A host was chosen: the know-how of the one before no longer applies. */
  public void hostChanged() {
    knowHowId = null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public String getArtisanId() {
    return artisanId;
  }

  public void setArtisanId(String artisanId) {
    this.artisanId = artisanId;
  }

  public String getKnowHowId() {
    return knowHowId;
  }

  public void setKnowHowId(String knowHowId) {
    this.knowHowId = knowHowId;
  }

  public String getRoomId() {
    return roomId;
  }

  public void setRoomId(String roomId) {
    this.roomId = roomId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public VisitFormat getFormat() {
    return format;
  }

  public void setFormat(VisitFormat format) {
    this.format = format;
  }

  public List<String> getLevels() {
    return levels;
  }

  public void setLevels(List<String> levels) {
    this.levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public Integer getMinPupils() {
    return minPupils;
  }

  public void setMinPupils(Integer minPupils) {
    this.minPupils = minPupils;
  }

  public Integer getMaxPupils() {
    return maxPupils;
  }

  public void setMaxPupils(Integer maxPupils) {
    this.maxPupils = maxPupils;
  }

  public List<String> getAccessibility() {
    return accessibility;
  }

  public void setAccessibility(List<String> accessibility) {
    this.accessibility = accessibility == null ? new ArrayList<>() : new ArrayList<>(accessibility);
  }

  public Integer getMinimumAge() {
    return minimumAge;
  }

  public void setMinimumAge(Integer minimumAge) {
    this.minimumAge = minimumAge;
  }

  public String getSafetyRules() {
    return safetyRules;
  }

  public void setSafetyRules(String safetyRules) {
    this.safetyRules = safetyRules;
  }

  public String getProtectiveEquipment() {
    return protectiveEquipment;
  }

  public void setProtectiveEquipment(String protectiveEquipment) {
    this.protectiveEquipment = protectiveEquipment;
  }

  public LocalDate getFrom1() {
    return from1;
  }

  public void setFrom1(LocalDate from1) {
    this.from1 = from1;
  }

  public LocalDate getTo1() {
    return to1;
  }

  public void setTo1(LocalDate to1) {
    this.to1 = to1;
  }

  public LocalDate getFrom2() {
    return from2;
  }

  public void setFrom2(LocalDate from2) {
    this.from2 = from2;
  }

  public LocalDate getTo2() {
    return to2;
  }

  public void setTo2(LocalDate to2) {
    this.to2 = to2;
  }

  public List<String> getWeekdays() {
    return weekdays;
  }

  public void setWeekdays(List<String> weekdays) {
    this.weekdays = weekdays == null ? new ArrayList<>() : new ArrayList<>(weekdays);
  }
}
