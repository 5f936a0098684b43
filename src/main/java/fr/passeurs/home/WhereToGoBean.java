package fr.passeurs.home;

import fr.passeurs.catalogue.KnowHowQuery;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.catalogue.api.KnowHowReads;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowItem;
import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.SessionQuery;
import fr.passeurs.training.api.TrainingReads;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.training.api.TrainingViews.TrainingView;
import fr.passeurs.visit.OfferQuery;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.VisitOfferView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a know-how or a manufacture leads to: its trainings with their coming sessions, its open
 * apprenticeship offers, its class visit offers. Read for the know-how's page and the manufacture's
 * page, from the contexts' services.
 */
@Named
@RequestScoped
public class WhereToGoBean {

  /** How many of each are listed on a page. */
  static final int SHOWN = 20;

  @Inject private TrainingReads trainings;
  @Inject private VisitReads visits;
  @Inject private MatchingReads matching;
  @Inject private KnowHowService knowHow;
  @Inject private KnowHowReads knowHowReads;
  @Inject private Clock clock;

  /** A training and its coming sessions, soonest first. */
  public record TrainingLine(TrainingView training, List<SessionView> sessions) {}

  /**
   * What this request already read, by what it was asked: a page names each list twice (whether it
   * is empty, then its lines), and each is read once.
   */
  private final Map<String, List<?>> read = new HashMap<>();

  @SuppressWarnings("unchecked")
  private <T> List<T> once(String key, Supplier<List<T>> reading) {
    // not computeIfAbsent: a reading may itself read another list (offers of a know-how, of its
    // manufacture), which HashMap refuses inside computeIfAbsent
    List<?> known = read.get(key);
    if (known == null) {
      known = reading.get();
      read.put(key, known);
    }
    return (List<T>) known;
  }

  /** The trainings of a know-how, each with its coming sessions. */
  public List<TrainingLine> trainingsOfKnowHow(String knowHowId) {
    return once(
        "trainings of know-how " + knowHowId,
        () ->
            lines(
                trainings.trainings(knowHowId, null, null, PageRequest.first(SHOWN)).items(),
                new SessionQuery(clock.instant(), null, knowHowId, null, null, null, 0)));
  }

  /** The trainings given at a manufacture, each with its coming sessions. */
  public List<TrainingLine> trainingsOfManufacture(String manufactureId) {
    return once(
        "trainings of manufacture " + manufactureId,
        () ->
            lines(
                trainings.trainings(null, manufactureId, null, PageRequest.first(SHOWN)).items(),
                new SessionQuery(clock.instant(), null, null, manufactureId, null, null, 0)));
  }

  private List<TrainingLine> lines(List<TrainingView> found, SessionQuery coming) {
    List<SessionView> soon =
        trainings
            .sessions(coming, PageRequest.first(PageRequest.MAX_SIZE), Feedback.locale())
            .items();
    List<TrainingLine> lines = new ArrayList<>();
    for (TrainingView training : found) {
      lines.add(
          new TrainingLine(
              training,
              soon.stream().filter(s -> s.trainingId().equals(training.id())).limit(5).toList()));
    }
    return lines;
  }

  /** The class visit offers of a know-how open to booking. */
  public List<VisitOfferView> visitOffersOfKnowHow(String knowHowId) {
    return once(
        "visit offers of know-how " + knowHowId,
        () ->
            visits
                .offers(
                    new OfferQuery(
                        null, null, null, Set.of(), null, knowHowId, null, null, null, 50),
                    PageRequest.first(SHOWN))
                .items());
  }

  /** The class visit offers of a manufacture open to booking. */
  public List<VisitOfferView> visitOffersOfManufacture(String manufactureId) {
    return once(
        "visit offers of manufacture " + manufactureId,
        () ->
            visits
                .offers(
                    new OfferQuery(
                        null, null, null, Set.of(), null, null, manufactureId, null, null, 50),
                    PageRequest.first(SHOWN))
                .items());
  }

  /** The open apprenticeship offers of a know-how (at its manufacture). */
  public List<ApprenticeshipOfferView> apprenticeshipOffersOfKnowHow(
      String knowHowId, String manufactureId) {
    if (manufactureId == null) {
      return List.of();
    }
    return once(
        "apprenticeship offers of know-how " + knowHowId,
        () ->
            apprenticeshipOffersOfManufacture(manufactureId).stream()
                .filter(o -> knowHowId.equals(o.knowHow().id()))
                .toList());
  }

  /** The open apprenticeship offers of a manufacture. */
  public List<ApprenticeshipOfferView> apprenticeshipOffersOfManufacture(String manufactureId) {
    return once(
        "apprenticeship offers of manufacture " + manufactureId,
        () -> matching.openOffers(manufactureId));
  }

  /** The know-how of a manufacture, rarest first. */
  public List<KnowHowItem> knowHowOfManufacture(String manufactureId) {
    return once(
        "know-how of manufacture " + manufactureId,
        () ->
            knowHowReads
                .search(
                    new KnowHowQuery(
                        null,
                        null,
                        null,
                        null,
                        null,
                        manufactureId,
                        null,
                        KnowHowQuery.DEFAULT_RADIUS_KM),
                    PageRequest.first(PageRequest.MAX_SIZE),
                    Feedback.locale())
                .items());
  }

  /** The title of a know-how, for an offer's line. */
  public String knowHowTitle(String knowHowId) {
    return knowHow.summary(knowHowId).map(KnowHowSummary::title).orElse("");
  }
}
