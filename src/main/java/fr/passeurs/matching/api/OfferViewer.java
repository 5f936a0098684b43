package fr.passeurs.matching.api;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Shows offers with their know-how and master, two queries for a whole list. */
@ApplicationScoped
public class OfferViewer {

  @Inject private KnowHowService knowHow;
  @Inject private AccountService accounts;

  public List<ApprenticeshipOfferView> views(List<ApprenticeshipOffer> found) {
    Map<String, KnowHowSummary> entries =
        knowHow.summaries(
            found.stream().map(ApprenticeshipOffer::knowHowId).collect(Collectors.toSet()));
    Map<String, AccountSummary> masters =
        accounts.summaries(
            found.stream().map(ApprenticeshipOffer::masterId).collect(Collectors.toSet()));
    return found.stream()
        .map(
            o ->
                ApprenticeshipOfferView.of(
                    o, entries.get(o.knowHowId()), masters.get(o.masterId())))
        .toList();
  }

  public ApprenticeshipOfferView view(ApprenticeshipOffer offer) {
    return views(List.of(offer)).get(0);
  }
}
