package fr.passeurs.matching.web;

import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.ApprenticeshipOfferService;
import fr.passeurs.matching.Match;
import fr.passeurs.matching.MatchService;
import fr.passeurs.matching.MatchStatus;
import fr.passeurs.matching.web.ApprenticeshipLines.ApprenticeshipLine;
import fr.passeurs.matching.web.ApprenticeshipLines.OfferLine;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A master's apprenticeship page: their offers with their places (free, proposed by a round,
 * accepted), closing one; their apprentices and the milestones they mark reached.
 */
@Named
@RequestScoped
public class MasterOffersBean {

  @Inject private ApprenticeshipOfferService offers;
  @Inject private MatchService matches;
  @Inject private ApprenticeshipLines lines;
  @Inject private Caller caller;

  private List<MyOffer> mine;
  private List<ApprenticeshipLine> apprenticeships;

  /** One of the master's offers, and what rounds did with its places. */
  public record MyOffer(OfferLine offer, String status, long proposed, long accepted) {}

  public List<MyOffer> getMine() {
    if (mine == null) {
      List<ApprenticeshipOffer> found =
          offers
              .list(null, caller.accountId(), null, PageRequest.first(PageRequest.MAX_SIZE))
              .items();
      Map<String, Map<MatchStatus, Long>> counts =
          matches.onOffersOf(caller).stream()
              .collect(
                  Collectors.groupingBy(
                      Match::offerId, Collectors.groupingBy(Match::status, Collectors.counting())));
      List<OfferLine> shown = lines.lines(found);
      mine =
          java.util.stream.IntStream.range(0, found.size())
              .mapToObj(
                  i -> {
                    Map<MatchStatus, Long> c = counts.getOrDefault(found.get(i).id(), Map.of());
                    return new MyOffer(
                        shown.get(i),
                        found.get(i).status().name(),
                        c.getOrDefault(MatchStatus.PROPOSED, 0L),
                        c.getOrDefault(MatchStatus.ACCEPTED, 0L));
                  })
              .toList();
    }
    return mine;
  }

  public List<ApprenticeshipLine> getApprenticeships() {
    if (apprenticeships == null) {
      apprenticeships =
          lines.apprenticeships(
              matches.apprenticeships(caller).stream()
                  .filter(a -> caller.is(a.masterId()))
                  .toList());
    }
    return apprenticeships;
  }

  public String close(String offerId) {
    try {
      ApprenticeshipOffer offer = offers.close(caller, offerId);
      Feedback.info("offer.closed", offer.title());
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/apprenticeship-offers?faces-redirect=true";
  }

  /** Marks a milestone of an apprenticeship reached (0 is the first). */
  public String reach(String apprenticeshipId, int milestone) {
    try {
      matches.reach(caller, apprenticeshipId, milestone);
      Feedback.info("apprenticeships.reachedSaved");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/apprenticeship-offers?faces-redirect=true";
  }
}
