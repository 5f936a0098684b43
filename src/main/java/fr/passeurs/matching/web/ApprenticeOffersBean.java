package fr.passeurs.matching.web;

import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApplicationsRequest;
import fr.passeurs.matching.api.MatchingViews.ProfileView;
import fr.passeurs.matching.api.MatchingViews.ReasonView;
import fr.passeurs.matching.api.MatchingViews.RecommendationView;
import fr.passeurs.matching.web.ApprenticeshipLines.OfferLine;
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
import java.util.Optional;
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

  @Inject private MatchingReads matching;
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
      OfferLine offer, String description, long score, long distanceKm, List<String> reasons)
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
    Optional<ProfileView> profile = matching.profile(who);
    if (profile.isEmpty()) {
      profileMissing = true;
      return;
    }
    wishes.addAll(lines.offers(profile.get().applications()));
    placeHeld =
        matching.matches(who).stream()
            .anyMatch(m -> "PROPOSED".equals(m.status()) || "ACCEPTED".equals(m.status()));
    readRecommendations();
  }

  private void readRecommendations() {
    Page<RecommendationView> found =
        matching.recommended(caller.get(), new PageRequest(page - 1, PAGE_SIZE), Feedback.locale());
    total = found.total();
    recommendations =
        found.items().stream()
            .map(
                r ->
                    new RecommendationLine(
                        ApprenticeshipLines.line(r.offer()),
                        r.offer().description(),
                        Math.round(r.score()),
                        Math.round(Math.min(r.distanceKm(), 1e6)),
                        r.reasons().stream().map(ReasonView::text).toList()))
            .toList();
  }

  public void add(String offerId) {
    if (isInList(offerId)) {
      return;
    }
    if (wishes.size() >= ApplicationsRequest.MAX_OFFERS) {
      announcement = Feedback.text("wishes.full", ApplicationsRequest.MAX_OFFERS);
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
      matching.apply(
          caller.get(), new ApplicationsRequest(wishes.stream().map(OfferLine::id).toList()));
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
    return wishes.size() >= ApplicationsRequest.MAX_OFFERS;
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
    return ApplicationsRequest.MAX_OFFERS;
  }
}
