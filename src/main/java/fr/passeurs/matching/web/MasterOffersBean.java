package fr.passeurs.matching.web;

import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.api.MatchingViews.MatchView;
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

  @Inject private MatchingReads matching;
  @Inject private ApprenticeshipLines lines;
  @Inject private Caller caller;

  private List<MyOffer> mine;
  private List<ApprenticeshipLine> apprenticeships;

  /** One of the master's offers, and what rounds did with its places. */
  public record MyOffer(OfferLine offer, String status, long proposed, long accepted) {}

  public List<MyOffer> getMine() {
    if (mine == null) {
      List<ApprenticeshipOfferView> found =
          matching
              .offers(null, caller.accountId(), null, null, PageRequest.first(PageRequest.MAX_SIZE))
              .items();
      Map<String, Map<String, Long>> counts =
          matching.matchesOnMyOffers(caller).stream()
              .collect(
                  Collectors.groupingBy(
                      MatchView::offerId,
                      Collectors.groupingBy(MatchView::status, Collectors.counting())));
      List<OfferLine> shown = lines.lines(found);
      mine =
          java.util.stream.IntStream.range(0, found.size())
              .mapToObj(
                  i -> {
                    Map<String, Long> c = counts.getOrDefault(found.get(i).id(), Map.of());
                    return new MyOffer(
                        shown.get(i),
                        found.get(i).status(),
                        c.getOrDefault("PROPOSED", 0L),
                        c.getOrDefault("ACCEPTED", 0L));
                  })
              .toList();
    }
    return mine;
  }

  public List<ApprenticeshipLine> getApprenticeships() {
    if (apprenticeships == null) {
      apprenticeships =
          lines.apprenticeships(
              matching.apprenticeships(caller).stream()
                  .filter(a -> caller.is(a.masterId()))
                  .toList());
    }
    return apprenticeships;
  }

  public String close(String offerId) {
    try {
      ApprenticeshipOfferView offer = matching.close(caller, offerId);
      Feedback.info("offer.closed", offer.title());
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/apprenticeship-offers?faces-redirect=true";
  }

  /** Marks a milestone of an apprenticeship reached (0 is the first). */
  public String reach(String apprenticeshipId, int milestone) {
    try {
      matching.reach(caller, apprenticeshipId, milestone);
      Feedback.info("apprenticeships.reachedSaved");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/apprenticeship-offers?faces-redirect=true";
  }
}
