package fr.passeurs.training.web;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.Enrolment;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.SessionReader;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.Training;
import fr.passeurs.training.TrainingDetails;
import fr.passeurs.training.TrainingLevel;
import fr.passeurs.training.TrainingService;
import fr.passeurs.training.TrainingSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An artisan's page: their trainings, a form to offer a new one, and their coming sessions with who
 * is enrolled.
 */
@Named
@RequestScoped
public class MyTrainingsBean {

  @Inject private TrainingService trainings;
  @Inject private SessionService sessions;
  @Inject private SessionReader reader;
  @Inject private EnrolmentService enrolments;
  @Inject private KnowHowService knowHow;
  @Inject private Caller caller;
  @Inject private java.time.Clock clock;

  private List<Training> mine;

  /** How far back the sessions whose registers are shown go. */
  static final int RECENT_DAYS = 60;

  private List<TrainingSession> coming;
  private List<TrainingSession> recent;

  /** The training being rewritten ({@code ?edit=}), or null for a new one. */
  private String editId;

  /** The version of the training as the form was filled, to refuse a concurrent rewrite. */
  private Long editVersion;

  @NotBlank private String knowHowId;

  @NotBlank
  @Size(min = 3, max = 200)
  private String title;

  @Size(max = 4000)
  private String objectives;

  @NotNull private TrainingLevel level = TrainingLevel.BEGINNER;

  @NotNull
  @Min(1)
  @Max(1000)
  private Integer durationHours = 3;

  @NotNull
  @Min(1)
  @Max(100)
  private Integer minParticipants = 1;

  @NotNull
  @Min(1)
  @Max(100)
  private Integer maxParticipants = 8;

  @Min(0)
  @Max(99)
  private Integer minimumAge;

  @NotNull
  @Min(0)
  @Max(100_000)
  private Integer priceEuros = 0;

  @NotNull
  @Min(0)
  @Max(100)
  private Integer minAttendancePercent = TrainingDetails.DEFAULT_MIN_ATTENDANCE_PERCENT;

  /** A participant line: the enrolment, where it stands, and who. */
  public record Participant(Enrolment enrolment, Integer position, AccountSummary apprentice) {}

  public List<Training> getMine() {
    if (mine == null) {
      mine =
          trainings
              .list(null, null, caller.accountId(), PageRequest.first(PageRequest.MAX_SIZE))
              .items();
    }
    return mine;
  }

  public List<TrainingSession> getComing() {
    if (coming == null) {
      Instant now = clock.instant();
      coming =
          sessions.runBy(caller.accountId(), new TimeRange(now, now.plus(Duration.ofDays(400))));
    }
    return coming;
  }

  /**
   * The sessions that ended in the last {@value #RECENT_DAYS} days, latest first: their registers
   * are still to be closed or corrected.
   */
  public List<TrainingSession> getRecent() {
    if (recent == null) {
      Instant now = clock.instant();
      List<TrainingSession> ended =
          new ArrayList<>(
              sessions
                  .runBy(
                      caller.accountId(),
                      new TimeRange(now.minus(Duration.ofDays(RECENT_DAYS)), now))
                  .stream()
                  .filter(s -> !s.endsAt().isAfter(now))
                  .toList());
      Collections.reverse(ended);
      recent = ended;
    }
    return recent;
  }

  /** Who is enrolled in a session, confirmed first then by place in the waiting list. */
  public List<Participant> participants(TrainingSession session) {
    List<Enrolment> list = sessions.participants(caller, session.id());
    Map<String, AccountSummary> people =
        reader.people(list.stream().map(Enrolment::apprenticeId).toList());
    return enrolments.standings(list).stream()
        .map(
            st ->
                new Participant(
                    st.enrolment(), st.position(), people.get(st.enrolment().apprenticeId())))
        .toList();
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
    Training training;
    try {
      training = trainings.get(editId);
    } catch (DomainException e) {
      fr.passeurs.platform.web.PageAccess.endWith(404);
      return;
    }
    if (!caller.is(training.artisanId()) && !caller.isAdmin()) {
      fr.passeurs.platform.web.PageAccess.endWith(404);
      return;
    }
    editVersion = training.version();
    knowHowId = training.knowHowId();
    title = training.title();
    objectives = training.objectives();
    level = training.level();
    durationHours = training.durationHours();
    minParticipants = training.minParticipants();
    maxParticipants = training.maxParticipants();
    minimumAge = training.minimumAge();
    priceEuros = training.priceCents() / 100;
    minAttendancePercent = training.minAttendancePercent();
  }

  public boolean isEditing() {
    return editId != null && !editId.isBlank();
  }

  public String define() {
    if (isEditing()) {
      return revise();
    }
    try {
      Training training =
          trainings.define(
              caller,
              new TrainingDetails(
                  knowHowId,
                  title.trim(),
                  objectives == null ? "" : objectives.trim(),
                  level,
                  durationHours,
                  minParticipants,
                  maxParticipants,
                  minimumAge,
                  priceEuros * 100,
                  Set.of(),
                  minAttendancePercent));
      Feedback.info("trainings.defined", training.title());
      return "/artisan/trainings?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  private String revise() {
    try {
      Training current = trainings.get(editId);
      Training training =
          trainings.revise(
              caller,
              editId,
              new TrainingDetails(
                  knowHowId,
                  title.trim(),
                  objectives == null ? "" : objectives.trim(),
                  level,
                  durationHours,
                  minParticipants,
                  maxParticipants,
                  minimumAge,
                  priceEuros * 100,
                  current.prerequisiteIds(),
                  minAttendancePercent),
              editVersion);
      Feedback.info("trainings.revised", training.title());
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
      sessions.cancel(caller, sessionId, null);
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
