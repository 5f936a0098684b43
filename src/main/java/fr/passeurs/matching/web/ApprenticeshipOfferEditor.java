package fr.passeurs.matching.web;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.api.ApprenticeshipOfferRequest;
import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A master's editor of an apprenticeship offer, new or revised: the know-how among those they hold,
 * the terms, and the transmission plan, one line per milestone, lines added and removed in place.
 * It sends the API's {@link ApprenticeshipOfferRequest}: the offer's own rules (places, duration,
 * days, age, plan) refuse what does not fit, for the pages as for the API.
 */
@Named
@ViewScoped
public class ApprenticeshipOfferEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MatchingReads matching;
  @Inject private KnowHowService knowHow;
  @Inject private Instance<Caller> caller;

  private String offerId;
  private boolean loaded;
  private String editedTitle;
  private Long version;

  @LimitsOf(ApprenticeshipOfferRequest.class)
  private String knowHowId;

  @LimitsOf(ApprenticeshipOfferRequest.class)
  private String title;

  @LimitsOf(ApprenticeshipOfferRequest.class)
  private String description;

  private Integer places = 1;

  private LocalDate startDate;

  private Integer durationMonths = 24;

  private Integer daysPerWeek = 4;

  @NotNull private ApprenticeLevel requiredLevel = ApprenticeLevel.BEGINNER;

  private Integer minimumAge;

  private List<Step> steps = new ArrayList<>(List.of(new Step()));

  /** One milestone of the plan, as typed. */
  public static class Step implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;

    public Step() {}

    Step(String text) {
      this.text = text;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** Fills the form from the offer being revised, once per view; only its master revises it. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    if (offerId == null || offerId.isBlank()) {
      offerId = null;
      return;
    }
    ApprenticeshipOfferView offer;
    try {
      offer = matching.offer(offerId);
    } catch (DomainException e) {
      offer = null;
    }
    if (offer == null || offer.master() == null || !caller.get().is(offer.master().id())) {
      PageAccess.endWith(404);
      return;
    }
    editedTitle = offer.title();
    version = offer.version();
    knowHowId = offer.knowHow().id();
    title = offer.title();
    description = offer.description();
    places = offer.places();
    startDate = offer.startDate();
    durationMonths = offer.durationMonths();
    daysPerWeek = offer.daysPerWeek();
    requiredLevel = ApprenticeLevel.valueOf(offer.requiredLevel());
    minimumAge = offer.minimumAge();
    steps = new ArrayList<>(offer.milestones().stream().map(Step::new).toList());
  }

  public boolean isRevising() {
    return offerId != null;
  }

  /** The know-how the master holds, and the offer's own if they no longer do. */
  public List<KnowHowSummary> getKnowHow() {
    List<KnowHowSummary> held = new ArrayList<>(knowHow.heldBy(caller.get().accountId()));
    if (knowHowId != null && held.stream().noneMatch(k -> k.id().equals(knowHowId))) {
      knowHow.summary(knowHowId).ifPresent(held::add);
    }
    return held;
  }

  public ApprenticeLevel[] getLevels() {
    return ApprenticeLevel.values();
  }

  public void addStep() {
    if (steps.size() < ApprenticeshipOfferRequest.MAX_MILESTONES) {
      steps.add(new Step());
    }
  }

  public void removeStep(int index) {
    if (index >= 0 && index < steps.size() && steps.size() > 1) {
      steps.remove(index);
    }
  }

  public boolean isStepsFull() {
    return steps.size() >= ApprenticeshipOfferRequest.MAX_MILESTONES;
  }

  public String save() {
    List<String> milestones =
        steps.stream()
            .map(Step::getText)
            .filter(t -> t != null && !t.isBlank())
            .map(String::trim)
            .toList();
    if (milestones.isEmpty()) {
      Feedback.error("offer.noMilestone");
      return null;
    }
    ApprenticeshipOfferRequest request =
        new ApprenticeshipOfferRequest(
            knowHowId,
            title == null ? null : title.trim(),
            description == null ? "" : description.trim(),
            places,
            startDate,
            durationMonths,
            daysPerWeek,
            requiredLevel.name(),
            minimumAge,
            milestones,
            version);
    try {
      ApprenticeshipOfferView saved =
          offerId == null
              ? matching.publish(caller.get(), request)
              : matching.revise(caller.get(), offerId, request);
      Feedback.info(offerId == null ? "offer.published" : "offer.revised", saved.title());
      return "/artisan/apprenticeship-offers?faces-redirect=true";
    } catch (DomainException e) {
      if ("concurrent-update".equals(e.type())) {
        Feedback.error("offer.concurrentUpdate");
      } else {
        Feedback.refusal(e);
      }
      return null;
    }
  }

  public String getOfferId() {
    return offerId;
  }

  public void setOfferId(String offerId) {
    this.offerId = offerId;
  }

  public String getEditedTitle() {
    return editedTitle;
  }

  public String getKnowHowId() {
    return knowHowId;
  }

  public void setKnowHowId(String knowHowId) {
    this.knowHowId = knowHowId;
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

  public Integer getPlaces() {
    return places;
  }

  public void setPlaces(Integer places) {
    this.places = places;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public Integer getDurationMonths() {
    return durationMonths;
  }

  public void setDurationMonths(Integer durationMonths) {
    this.durationMonths = durationMonths;
  }

  public Integer getDaysPerWeek() {
    return daysPerWeek;
  }

  public void setDaysPerWeek(Integer daysPerWeek) {
    this.daysPerWeek = daysPerWeek;
  }

  public ApprenticeLevel getRequiredLevel() {
    return requiredLevel;
  }

  public void setRequiredLevel(ApprenticeLevel requiredLevel) {
    this.requiredLevel = requiredLevel;
  }

  public Integer getMinimumAge() {
    return minimumAge;
  }

  public void setMinimumAge(Integer minimumAge) {
    this.minimumAge = minimumAge;
  }

  public List<Step> getSteps() {
    return steps;
  }
}
