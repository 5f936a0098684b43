package fr.passeurs.matching.web;

import fr.passeurs.matching.RoundStatus;
import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.RoundRequest;
import fr.passeurs.matching.api.MatchingViews.RoundView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * Matching rounds for a manager (their manufacture's offers) or the admin (one manufacture's, or
 * the whole platform's): start one, which runs in the background, follow its progress as the page
 * polls it, and read the figures of the rounds run.
 */
@Named
@ViewScoped
public class MatchingRoundsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MatchingReads matching;
  @Inject private ManufactureService manufactures;
  @Inject private Instance<Caller> caller;

  private boolean loaded;

  /** The round followed: the one just started (in the address), or one still running. */
  private String roundId;

  /** The admin's choice of offers: a manufacture's, or blank for the whole platform. */
  private String scope;

  private List<RoundLine> list = List.of();
  private RoundLine followed;

  /** A round, its progress and its figures. */
  public record RoundLine(
      String id,
      String manufactureName,
      String status,
      String phase,
      int percent,
      Instant startedAt,
      Instant finishedAt,
      int applicants,
      int offers,
      int places,
      int matched,
      int rarePlaces,
      int rareMatched,
      String error)
      implements Serializable {

    public boolean isRunning() {
      return RoundStatus.RUNNING.name().equals(status);
    }

    public boolean isDone() {
      return RoundStatus.DONE.name().equals(status);
    }

    public int getUnmatched() {
      return Math.max(0, applicants - matched);
    }
  }

  /** Managers of a manufacture and the admin only. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    Caller who = caller.get();
    if (!who.isAdmin() && !(who.has(Role.MANAGER) && who.manufactureId() != null)) {
      PageAccess.endWith(403);
      return;
    }
    refresh();
    if (followed == null) {
      list.stream().filter(RoundLine::isRunning).findFirst().ifPresent(r -> follow(r.id()));
    }
  }

  /** Reads the rounds again and the followed one's progress; the poll stops once it has ended. */
  public void refresh() {
    Caller who = caller.get();
    List<RoundView> found = matching.rounds(who, Feedback.locale());
    Map<String, String> names =
        manufactures
            .summaries(
                found.stream()
                    .map(RoundView::manufactureId)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet()))
            .values()
            .stream()
            .collect(Collectors.toMap(ManufactureSummary::id, ManufactureSummary::name));
    list = found.stream().map(r -> line(r, names)).toList();
    if (roundId != null) {
      // The followed round is taken from the same reading as the list, so that both say the same
      // thing: read apart, the round could end in between, and the poll stop on a list still
      // showing it running.
      String id = roundId;
      list.stream()
          .filter(r -> r.id().equals(id))
          .findFirst()
          .ifPresentOrElse(r -> followed = r, () -> follow(id));
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getPartialViewContext().isAjaxRequest()
        && (followed == null || !followed.isRunning())) {
      PrimeFaces.current().executeScript("PF('roundPoll') && PF('roundPoll').stop();");
    }
  }

  private void follow(String id) {
    try {
      RoundView round = matching.round(caller.get(), id, Feedback.locale());
      String name =
          round.manufactureId() == null
              ? null
              : manufactures
                  .summary(round.manufactureId())
                  .map(ManufactureSummary::name)
                  .orElse("");
      roundId = id;
      followed = line(round, name == null ? Map.of() : Map.of(round.manufactureId(), name));
    } catch (DomainException e) {
      roundId = null;
      followed = null;
    }
  }

  private static RoundLine line(RoundView r, Map<String, String> names) {
    boolean running = RoundStatus.RUNNING.name().equals(r.status());
    return new RoundLine(
        r.id(),
        r.manufactureId() == null ? null : names.getOrDefault(r.manufactureId(), ""),
        r.status(),
        running ? r.phase() : r.status(),
        percent(r),
        r.startedAt(),
        r.finishedAt(),
        r.applicants(),
        r.offers(),
        r.places(),
        r.matched(),
        r.rarePlaces(),
        r.rareMatched(),
        r.error());
  }

  /**
   * How far a round has come: a little for reading, more for matching, then saving and notifying
   * each applicant in turn.
   */
  static int percent(RoundView round) {
    if (!RoundStatus.RUNNING.name().equals(round.status())) {
      return 100;
    }
    return switch (round.phase()) {
      case "LOADING" -> 5;
      case "MATCHING" -> 20;
      case "SAVING", "NOTIFYING" ->
          30
              + (round.progressTotal() == 0
                  ? 0
                  : (int) Math.round(70.0 * round.progressDone() / round.progressTotal()));
      case "FINISHED" -> 100;
      default -> 0;
    };
  }

  /** Starts a round and hands it to the background runner once its start is committed. */
  public String start() {
    Caller who = caller.get();
    String manufactureId =
        who.isAdmin() ? (scope == null || scope.isBlank() ? null : scope) : who.manufactureId();
    try {
      RoundView round =
          matching.start(who, new RoundRequest(manufactureId, null), Feedback.locale());
      Feedback.info("rounds.started");
      return "/manager/matching?faces-redirect=true&round=" + round.id();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public boolean isRunning() {
    return followed != null && followed.isRunning();
  }

  public boolean isAdmin() {
    return caller.get().isAdmin();
  }

  public List<ManufactureSummary> getManufactures() {
    return manufactures.all();
  }

  /** The manager's manufacture, by name. */
  public String getManufactureName() {
    String id = caller.get().manufactureId();
    return id == null ? "" : manufactures.summary(id).map(ManufactureSummary::name).orElse("");
  }

  public List<RoundLine> getList() {
    return list;
  }

  public RoundLine getFollowed() {
    return followed;
  }

  public String getRoundId() {
    return roundId;
  }

  public void setRoundId(String roundId) {
    this.roundId = roundId == null || roundId.isBlank() ? null : roundId;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }
}
