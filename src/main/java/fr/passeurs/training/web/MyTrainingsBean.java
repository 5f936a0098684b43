package fr.passeurs.training.web;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.training.TrainingDetails;
import fr.passeurs.training.TrainingLevel;
import fr.passeurs.training.api.TrainingReads;
import fr.passeurs.training.api.TrainingRequest;
import fr.passeurs.training.api.TrainingViews.SessionParticipantView;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.training.api.TrainingViews.TrainingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An artisan's page: their trainings, a form to offer a new one (the API's {@link
 * TrainingRequest}), and their coming sessions with who is enrolled.
 */
@Named
@RequestScoped
public class MyTrainingsBean {

  @Inject private TrainingReads trainings;
  @Inject private KnowHowService knowHow;
  @Inject private Caller caller;
  @Inject private fr.passeurs.workshop.WorkshopService workshop;
  @Inject private java.time.Clock clock;

  private List<TrainingView> mine;
  private List<String> qualifiesFor = new java.util.ArrayList<>();

  /** How far back the sessions whose registers are shown go. */
  static final int RECENT_DAYS = 60;

  private List<SessionView> coming;
  private List<SessionView> recent;

  /** The training being rewritten ({@code ?edit=}), or null for a new one. */
  private String editId;

  /** The version of the training as the form was filled, to refuse a concurrent rewrite. */
  private Long editVersion;

  @LimitsOf(TrainingRequest.class)
  private String knowHowId;

  @LimitsOf(TrainingRequest.class)
  private String title;

  @LimitsOf(TrainingRequest.class)
  private String objectives;

  @NotNull private TrainingLevel level = TrainingLevel.BEGINNER;

  @LimitsOf(TrainingRequest.class)
  private Integer durationHours = 3;

  @LimitsOf(TrainingRequest.class)
  private Integer minParticipants = 1;

  @LimitsOf(TrainingRequest.class)
  private Integer maxParticipants = 8;

  @LimitsOf(TrainingRequest.class)
  private Integer minimumAge;

  /** The price in whole euros: the request's limit in cents, in euros. */
  @NotNull
  @Min(0)
  @Max(TrainingRequest.MAX_PRICE_CENTS / 100)
  private Integer priceEuros = 0;

  @LimitsOf(TrainingRequest.class)
  private Integer minAttendancePercent = TrainingDetails.DEFAULT_MIN_ATTENDANCE_PERCENT;

  public List<TrainingView> getMine() {
    if (mine == null) {
      mine =
          trainings
              .trainings(null, null, caller.accountId(), PageRequest.first(PageRequest.MAX_SIZE))
              .items();
    }
    return mine;
  }

  public List<SessionView> getComing() {
    if (coming == null) {
      Instant now = clock.instant();
      coming =
          trainings.runBy(
              caller.accountId(),
              new TimeRange(now, now.plus(Duration.ofDays(400))),
              Feedback.locale());
    }
    return coming;
  }

  /**
   * The sessions that ended in the last {@value #RECENT_DAYS} days, latest first: their registers
   * are still to be closed or corrected.
   */
  public List<SessionView> getRecent() {
    if (recent == null) {
      Instant now = clock.instant();
      List<SessionView> ended =
          new ArrayList<>(
              trainings
                  .runBy(
                      caller.accountId(),
                      new TimeRange(now.minus(Duration.ofDays(RECENT_DAYS)), now),
                      Feedback.locale())
                  .stream()
                  .filter(s -> !s.endsAt().isAfter(now))
                  .toList());
      Collections.reverse(ended);
      recent = ended;
    }
    return recent;
  }

  /** Who is enrolled in a session, confirmed first then by place in the waiting list. */
  public List<SessionParticipantView> participants(SessionView session) {
    return trainings.participants(caller, session.id());
  }

  /** The machines of the artisan's manufacture, that a training may qualify for. */
  public List<fr.passeurs.workshop.MachineSummary> getMachines() {
    return caller.manufactureId() == null
        ? List.of()
        : workshop.machineSummariesOf(caller.manufactureId());
  }

  public List<String> getQualifiesFor() {
    return qualifiesFor;
  }

  public void setQualifiesFor(List<String> qualifiesFor) {
    this.qualifiesFor = qualifiesFor == null ? new java.util.ArrayList<>() : qualifiesFor;
  }

  public List<KnowHowSummary> getKnowHow() {
    return knowHow.heldBy(caller.accountId());
  }

  public TrainingLevel[] getLevels() {
    return TrainingLevel.values();
  }

  /** Fills the form with one of the caller's trainings, to rewrite it; 404 if not theirs. */
  public void loadEdit() throws java.io.IOException {
    if (editId == null || editId.isBlank() || title != null) {
      return;
    }
    TrainingView training;
    try {
      training = trainings.training(editId);
    } catch (DomainException e) {
      PageAccess.endWith(404);
      return;
    }
    if (!caller.is(training.artisanId()) && !caller.isAdmin()) {
      PageAccess.endWith(404);
      return;
    }
    editVersion = training.version();
    knowHowId = training.knowHowId();
    title = training.title();
    objectives = training.objectives();
    level = TrainingLevel.valueOf(training.level());
    durationHours = training.durationHours();
    minParticipants = training.minParticipants();
    maxParticipants = training.maxParticipants();
    minimumAge = training.minimumAge();
    priceEuros = training.priceCents() / 100;
    minAttendancePercent = training.minAttendancePercent();
    qualifiesFor = new java.util.ArrayList<>(training.qualifiesFor());
  }

  public boolean isEditing() {
    return editId != null && !editId.isBlank();
  }

  /** Defines the training, or rewrites the one being edited, as the API would. */
  public String define() {
    try {
      // the form does not show prerequisites: a rewrite keeps the training's as they are now
      TrainingRequest request =
          new TrainingRequest(
              knowHowId,
              title == null ? null : title.trim(),
              objectives == null ? "" : objectives.trim(),
              level.name(),
              durationHours,
              minParticipants,
              maxParticipants,
              minimumAge,
              priceEuros * 100,
              isEditing() ? trainings.training(editId).prerequisiteIds() : List.of(),
              minAttendancePercent,
              qualifiesFor,
              editVersion);
      TrainingView training =
          isEditing()
              ? trainings.revise(caller, editId, request)
              : trainings.define(caller, request);
      Feedback.info(isEditing() ? "trainings.revised" : "trainings.defined", training.title());
      return "/artisan/trainings?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String getEditId() {
    return editId;
  }

  public void setEditId(String editId) {
    this.editId = editId;
  }

  public Long getEditVersion() {
    return editVersion;
  }

  public void setEditVersion(Long editVersion) {
    this.editVersion = editVersion;
  }

  public String cancel(String sessionId) {
    try {
      trainings.cancel(caller, sessionId, null, Feedback.locale());
      Feedback.info("trainings.sessionCancelled");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/trainings?faces-redirect=true";
  }

  public Integer getMinAttendancePercent() {
    return minAttendancePercent;
  }

  public void setMinAttendancePercent(Integer minAttendancePercent) {
    this.minAttendancePercent = minAttendancePercent;
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

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public TrainingLevel getLevel() {
    return level;
  }

  public void setLevel(TrainingLevel level) {
    this.level = level;
  }

  public Integer getDurationHours() {
    return durationHours;
  }

  public void setDurationHours(Integer durationHours) {
    this.durationHours = durationHours;
  }

  public Integer getMinParticipants() {
    return minParticipants;
  }

  public void setMinParticipants(Integer minParticipants) {
    this.minParticipants = minParticipants;
  }

  public Integer getMaxParticipants() {
    return maxParticipants;
  }

  public void setMaxParticipants(Integer maxParticipants) {
    this.maxParticipants = maxParticipants;
  }

  public Integer getMinimumAge() {
    return minimumAge;
  }

  public void setMinimumAge(Integer minimumAge) {
    this.minimumAge = minimumAge;
  }

  public Integer getPriceEuros() {
    return priceEuros;
  }

  public void setPriceEuros(Integer priceEuros) {
    this.priceEuros = priceEuros;
  }
}
