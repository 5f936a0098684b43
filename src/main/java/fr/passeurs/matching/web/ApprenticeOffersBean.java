package fr.passeurs.matching.web;

import fr.passeurs.matching.ApplicantService;
import fr.passeurs.matching.ApplicantService.Recommendation;
import fr.passeurs.matching.ApprenticeProfile;
import fr.passeurs.matching.MatchService;
import fr.passeurs.matching.MatchStatus;
import fr.passeurs.matching.web.ApprenticeshipLines.OfferLine;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.event.ReorderEvent;

/**
 * An apprentice's apprenticeship offers: those recommended for their profile, best fit first, each
 * with its reasons; and their list of wishes, up to ten, ordered by dragging or with the buttons of
 * each line, saved as their ranked applications.
 */
@Named
@ViewScoped
public class ApprenticeOffersBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 10;

  @Inject private ApplicantService applicants;
  @Inject private MatchService matches;
  @Inject private AccountService accounts;
  @Inject private ApprenticeshipLines lines;
  @Inject private Instance<Caller> caller;

  private boolean loaded;
  private boolean profileMissing;
  private boolean placeHeld;
  private final List<OfferLine> wishes = new ArrayList<>();
  private boolean dirty;
  private String announcement;

  private List<RecommendationLine> recommendations = List.of();
  private int page = 1;
  private long total;

  /** A recommended offer: its score, distance and reasons, in the reader's language. */
  public record RecommendationLine(
      OfferLine offer, String description, long score, long distanceKm, Reasons reasons)
      implements Serializable {}

  /** Reads the profile, the saved list and the first recommendations; apprentices only. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    Caller who = caller.get();
    if (!who.has(Role.APPRENTICE)) {
      PageAccess.endWith(403);
      return;
    }
    Optional<ApprenticeProfile> profile = applicants.profile(who);
    if (profile.isEmpty()) {
      profileMissing = true;
      return;
    }
    wishes.addAll(lines.offers(profile.get().choices()));
    placeHeld =
        matches.mine(who).stream()
            .anyMatch(
                m -> m.status() == MatchStatus.PROPOSED || m.status() == MatchStatus.ACCEPTED);
    readRecommendations();
  }

  private void readRecommendations() {
    Caller who = caller.get();
    ApprenticeProfile profile = applicants.profile(who).orElseThrow();
    Page<Recommendation> found = applicants.recommended(who, new PageRequest(page - 1, PAGE_SIZE));
    total = found.total();
    Map<String, AccountSummary> masters =
        accounts.summaries(
            found.items().stream().map(r -> r.offer().masterId()).collect(Collectors.toSet()));
    recommendations =
        found.items().stream()
            .map(
                r ->
                    new RecommendationLine(
                        lines.line(r.offer(), r.knowHow(), masters),
                        r.offer().description(),
                        Math.round(r.fit().score()),
                        Math.round(Math.min(r.fit().distanceKm(), 1e6)),
                        Reasons.of(r.fit())))
            .toList();
  }

  public void add(String offerId) {
    if (isInList(offerId)) {
      return;
    }
    if (wishes.size() >= ApprenticeProfile.MAX_CHOICES) {
      announcement = Feedback.text("wishes.full", ApprenticeProfile.MAX_CHOICES);
      return;
    }
    recommendations.stream()
        .filter(r -> r.offer().id().equals(offerId))
        .findFirst()
        .ifPresent(
            r -> {
              wishes.add(r.offer());
              dirty = true;
              announcement = Feedback.text("wishes.added", r.offer().title(), wishes.size());
            });
  }

  public void remove(String offerId) {
    int i = indexOf(offerId);
    if (i >= 0) {
      OfferLine removed = wishes.remove(i);
      dirty = true;
      announcement = Feedback.text("wishes.removed", removed.title());
    }
  }

  public void up(String offerId) {
    move(offerId, -1);
  }

  public void down(String offerId) {
    move(offerId, 1);
  }

  /** A line was dragged: the table already moved it in the list. */
  public void reordered(ReorderEvent event) {
    dirty = true;
    int to = event.getToIndex();
    if (to >= 0 && to < wishes.size()) {
      announcement = Feedback.text("ranking.moved", wishes.get(to).title(), to + 1);
    }
  }

  private void move(String offerId, int by) {
    int from = indexOf(offerId);
    int to = from + by;
    if (from < 0 || to < 0 || to >= wishes.size()) {
      return;
    }
    OfferLine line = wishes.remove(from);
    wishes.add(to, line);
    dirty = true;
    announcement = Feedback.text("ranking.moved", line.title(), to + 1);
  }

  public String save() {
    try {
      applicants.apply(caller.get(), wishes.stream().map(OfferLine::id).toList());
      Feedback.info("wishes.saved");
      return "/me/apprenticeship-offers?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public void previous() {
    if (page > 1) {
      page--;
      readRecommendations();
    }
  }

  public void next() {
    if (page < getPages()) {
      page++;
      readRecommendations();
    }
  }

  public boolean isInList(String offerId) {
    return indexOf(offerId) >= 0;
  }

  public boolean isFull() {
    return wishes.size() >= ApprenticeProfile.MAX_CHOICES;
  }

  private int indexOf(String offerId) {
    for (int i = 0; i < wishes.size(); i++) {
      if (wishes.get(i).id().equals(offerId)) {
        return i;
      }
    }
    return -1;
  }

  public List<OfferLine> getWishes() {
    return wishes;
  }

  public List<RecommendationLine> getRecommendations() {
    return recommendations;
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public long getTotal() {
    return total;
  }

  public boolean isProfileMissing() {
    return profileMissing;
  }

  public boolean isPlaceHeld() {
    return placeHeld;
  }

  public boolean isDirty() {
    return dirty;
  }

  public String getAnnouncement() {
    return announcement;
  }

  public int getMaxChoices() {
    return ApprenticeProfile.MAX_CHOICES;
  }
}
