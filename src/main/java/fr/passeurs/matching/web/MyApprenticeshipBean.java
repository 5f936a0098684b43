package fr.passeurs.matching.web;

import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.ApprenticeshipOfferService;
import fr.passeurs.matching.Match;
import fr.passeurs.matching.MatchService;
import fr.passeurs.matching.MatchStatus;
import fr.passeurs.matching.RoundOutcome;
import fr.passeurs.matching.web.ApprenticeshipLines.ApprenticeshipLine;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
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

  @Inject private MatchService matches;
  @Inject private ApprenticeshipOfferService offers;
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
      outcome = matches.lastOutcome(caller).map(this::outcome);
    }
    return outcome.orElse(null);
  }

  private Outcome outcome(RoundOutcome found) {
    JsonObject why = Json.createReader(new StringReader(found.explanation())).readObject();
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
          matches.mine(caller).stream()
              .map(
                  (Match m) ->
                      new Place(
                          m.id(),
                          lines.titleOf(m.offerId()),
                          masterOf(m.offerId()),
                          m.status().name(),
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
              matches.apprenticeships(caller).stream()
                  .filter(a -> caller.is(a.apprenticeId()))
                  .toList());
    }
    return apprenticeships;
  }

  public String accept(String matchId) {
    try {
      matches.accept(caller, matchId);
      Feedback.info("apprenticeship.accepted");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/me/apprenticeship?faces-redirect=true";
  }

  public String decline(String matchId) {
    try {
      matches.decline(caller, matchId);
      Feedback.info("apprenticeship.declined");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/me/apprenticeship?faces-redirect=true";
  }

  private String masterOf(String offerId) {
    try {
      ApprenticeshipOffer offer = offers.get(offerId);
      return lines.nameOf(offer.masterId());
    } catch (DomainException e) {
      return "";
    }
  }
}
