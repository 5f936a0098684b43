package fr.passeurs.matching.web;

import fr.passeurs.catalogue.Rarity;
import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipView;
import fr.passeurs.matching.api.MatchingViews.MilestoneView;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apprenticeships and offers as the pages list them: the API's read models, with the names and
 * titles they refer to by id.
 */
@ApplicationScoped
public class ApprenticeshipLines {

  @Inject private MatchingReads matching;
  @Inject private AccountService accounts;

  /** One step of an apprenticeship's plan, reached or not. */
  public record MilestoneLine(int index, String title, Instant reachedAt) implements Serializable {
    public boolean isReached() {
      return reachedAt != null;
    }
  }

  /** An apprenticeship, with the other party's name and its progress. */
  public record ApprenticeshipLine(
      String id,
      String offerTitle,
      String masterName,
      String apprenticeName,
      LocalDate startsOn,
      LocalDate endsOn,
      List<MilestoneLine> milestones,
      int reached)
      implements Serializable {

    public int getTotal() {
      return milestones.size();
    }

    /** How far, in percent of the milestones. */
    public int getPercent() {
      return milestones.isEmpty() ? 0 : Math.round(100f * reached / milestones.size());
    }
  }

  /** An offer as an apprentice or a master reads it in a list. */
  public record OfferLine(
      String id,
      String title,
      String knowHowTitle,
      Rarity rarity,
      String masterName,
      LocalDate startDate,
      int durationMonths,
      int daysPerWeek,
      String requiredLevel,
      Integer minimumAge,
      int places,
      int freePlaces,
      boolean open)
      implements Serializable {

    /** Rare know-how, as the catalogue means it ({@link Rarity#isRare}). */
    public boolean isRare() {
      return rarity != null && rarity.isRare();
    }
  }

  public List<ApprenticeshipLine> apprenticeships(List<ApprenticeshipView> found) {
    Set<String> people = new HashSet<>();
    found.forEach(
        a -> {
          people.add(a.masterId());
          people.add(a.apprenticeId());
        });
    Map<String, AccountSummary> names = accounts.summaries(people);
    List<ApprenticeshipLine> lines = new ArrayList<>();
    for (ApprenticeshipView a : found) {
      List<MilestoneLine> steps = new ArrayList<>();
      for (int i = 0; i < a.milestones().size(); i++) {
        MilestoneView m = a.milestones().get(i);
        steps.add(new MilestoneLine(i, m.title(), m.reachedAt()));
      }
      lines.add(
          new ApprenticeshipLine(
              a.id(),
              titleOf(a.offerId()),
              nameOf(names, a.masterId()),
              nameOf(names, a.apprenticeId()),
              a.startsOn(),
              a.endsOn(),
              steps,
              a.reached()));
    }
    return lines;
  }

  /** Offers by id, in the order given; unknown ids are left out. */
  public List<OfferLine> offers(List<String> ids) {
    List<OfferLine> found = new ArrayList<>();
    for (String id : ids) {
      try {
        found.add(line(matching.offer(id)));
      } catch (DomainException e) {
        // an offer that no longer exists is simply not shown
      }
    }
    return found;
  }

  public List<OfferLine> lines(List<ApprenticeshipOfferView> found) {
    return found.stream().map(ApprenticeshipLines::line).toList();
  }

  public static OfferLine line(ApprenticeshipOfferView o) {
    return new OfferLine(
        o.id(),
        o.title(),
        o.knowHow().title() == null ? "" : o.knowHow().title(),
        o.knowHow().rarity() == null ? null : Rarity.valueOf(o.knowHow().rarity()),
        o.master() == null ? "" : o.master().displayName(),
        o.startDate(),
        o.durationMonths(),
        o.daysPerWeek(),
        o.requiredLevel(),
        o.minimumAge(),
        o.places(),
        o.freePlaces(),
        "OPEN".equals(o.status()));
  }

  public String titleOf(String offerId) {
    try {
      return matching.offer(offerId).title();
    } catch (DomainException e) {
      return "";
    }
  }

  public String nameOf(String accountId) {
    return accounts.summary(accountId).map(AccountSummary::displayName).orElse("");
  }

  private static String nameOf(Map<String, AccountSummary> names, String id) {
    AccountSummary who = names.get(id);
    return who == null ? "" : who.displayName();
  }
}
