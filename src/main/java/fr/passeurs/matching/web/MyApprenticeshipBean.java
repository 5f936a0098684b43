package fr.passeurs.matching.web;

import fr.passeurs.matching.MatchStatus;
import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.api.MatchingViews.MatchView;
import fr.passeurs.matching.api.MatchingViews.OutcomeView;
import fr.passeurs.matching.web.ApprenticeshipLines.ApprenticeshipLine;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An apprentice's apprenticeship: what their last round gave them and why not more, the places
 * proposed to them to accept or decline in time, and their apprenticeships with their progress.
 */
@Named
@RequestScoped
public class MyApprenticeshipBean {

  @Inject private MatchingReads matching;
  @Inject private ApprenticeshipLines lines;
  @Inject private Caller caller;

  private Optional<Outcome> outcome;
  private List<Place> places;
  private List<ApprenticeshipLine> apprenticeships;

  /**
   * The last round's outcome: the offer got (title, master, where it stood in the apprentice's
   * list), or none; and, for each offer wished more, why not.
   */
  public record Outcome(
      String offerTitle, String masterName, Integer choice, List<WhyNot> preferred) {
    public boolean isMatched() {
      return offerTitle != null;
    }
  }

  /** An offer the apprentice wished more than what they got, and why they did not get it. */
  public record WhyNot(String title, int choice, String reason) {}

  /** A place a round proposed. */
  public record Place(
      String matchId,
      String offerTitle,
      String masterName,
      String status,
      Instant respondBy,
      Instant decidedAt) {
    public boolean isOpen() {
      return MatchStatus.PROPOSED.name().equals(status);
    }
  }

  public Outcome getOutcome() {
    if (outcome == null) {
      outcome = matching.outcome(caller).map(this::outcome);
    }
    return outcome.orElse(null);
  }

  private Outcome outcome(OutcomeView found) {
    JsonObject why = found.explanation();
    List<WhyNot> preferred =
        why.getJsonArray("preferred").stream()
            .map(JsonValue::asJsonObject)
            .map(p -> new WhyNot(p.getString("title"), p.getInt("choice"), p.getString("reason")))
            .toList();
    if (found.offerId() == null) {
      return new Outcome(null, null, null, preferred);
    }
    return new Outcome(
        why.getString("title", lines.titleOf(found.offerId())),
        masterOf(found.offerId()),
        why.containsKey("choice") ? why.getInt("choice") : null,
        preferred);
  }

  public List<Place> getPlaces() {
    if (places == null) {
      places =
          matching.matches(caller).stream()
              .map(
                  (MatchView m) ->
                      new Place(
                          m.id(),
                          lines.titleOf(m.offerId()),
                          masterOf(m.offerId()),
                          m.status(),
                          m.respondBy(),
                          m.decidedAt()))
              .toList();
    }
    return places;
  }

  public List<ApprenticeshipLine> getApprenticeships() {
    if (apprenticeships == null) {
      apprenticeships =
          lines.apprenticeships(
              matching.apprenticeships(caller).stream()
                  .filter(a -> caller.is(a.apprenticeId()))
                  .toList());
    }
    return apprenticeships;
  }

  public String accept(String matchId) {
    try {
      matching.accept(caller, matchId);
      Feedback.info("apprenticeship.accepted");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/me/apprenticeship?faces-redirect=true";
  }

  public String decline(String matchId) {
    try {
      matching.decline(caller, matchId);
      Feedback.info("apprenticeship.declined");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/me/apprenticeship?faces-redirect=true";
  }

  private String masterOf(String offerId) {
    try {
      ApprenticeshipOfferView offer = matching.offer(offerId);
      return offer.master() == null ? "" : offer.master().displayName();
    } catch (DomainException e) {
      return "";
    }
  }
}
