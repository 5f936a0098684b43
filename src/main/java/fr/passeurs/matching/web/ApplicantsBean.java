package fr.passeurs.matching.web;

import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.ApplicantView;
import fr.passeurs.matching.api.MatchingViews.ApprenticeshipOfferView;
import fr.passeurs.matching.api.MatchingViews.RankingRequest;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.event.ReorderEvent;

/**
 * The applicants to one offer, in the master's order: the master orders them by dragging the rows
 * or with the buttons of each row, marks some not acceptable, and saves the ranking (1 for the
 * first line). The manufacture's managers read it.
 */
@Named
@ViewScoped
public class ApplicantsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The name of the plain checkboxes that mark applicants not acceptable. */
  static final String UNACCEPTABLE = "unacceptable";

  @Inject private MatchingReads matching;
  @Inject private Instance<Caller> caller;

  private String offerId;
  private boolean loaded;
  private String offerTitle;
  private boolean master;
  private final List<Row> rows = new ArrayList<>();
  private String announcement;

  /** One applicant, as the master sees them, and the word of the page on them. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String level;
    private final String homeCity;
    private final long distanceKm;
    private final long fit;
    private final String motivation;
    private final String experience;
    private final String matchStatus;
    private final Instant respondBy;
    private boolean unacceptable;

    Row(ApplicantView a) {
      this.id = a.apprentice().id();
      this.name = a.apprentice().displayName() == null ? id : a.apprentice().displayName();
      this.level = a.level();
      this.homeCity = a.homeCity();
      this.distanceKm = Math.round(Math.min(a.distanceKm(), 1e6));
      this.fit = Math.round(a.fit());
      this.motivation = a.motivation();
      this.experience = a.experience();
      this.unacceptable = a.unacceptable();
      this.matchStatus = a.proposal();
      this.respondBy = a.respondBy();
    }

    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getLevel() {
      return level;
    }

    public String getHomeCity() {
      return homeCity;
    }

    public long getDistanceKm() {
      return distanceKm;
    }

    public long getFit() {
      return fit;
    }

    public String getMotivation() {
      return motivation;
    }

    public String getExperience() {
      return experience;
    }

    public String getMatchStatus() {
      return matchStatus;
    }

    public Instant getRespondBy() {
      return respondBy;
    }

    public boolean isUnacceptable() {
      return unacceptable;
    }
  }

  /** Reads the offer and its applicants once per view: its master, or its managers. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    Caller who = caller.get();
    ApprenticeshipOfferView offer;
    List<ApplicantView> applicants;
    try {
      offer = matching.offer(offerId);
      applicants = matching.applicants(who, offerId);
    } catch (DomainException e) {
      int status = e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404;
      PageAccess.endWith(status);
      return;
    }
    offerTitle = offer.title();
    master = offer.master() != null && who.is(offer.master().id());
    rows.clear();
    applicants.forEach(a -> rows.add(new Row(a)));
  }

  public void up(String apprenticeId) {
    move(apprenticeId, -1);
  }

  public void down(String apprenticeId) {
    move(apprenticeId, 1);
  }

  /** A row was dragged: the table already moved it in the list. */
  public void reordered(ReorderEvent event) {
    readUnacceptable();
    int to = event.getToIndex();
    if (to >= 0 && to < rows.size()) {
      announcement = Feedback.text("ranking.moved", rows.get(to).getName(), to + 1);
    }
  }

  private void move(String apprenticeId, int by) {
    readUnacceptable();
    int from = indexOf(apprenticeId);
    int to = from + by;
    if (from < 0 || to < 0 || to >= rows.size()) {
      return;
    }
    Row row = rows.remove(from);
    rows.add(to, row);
    announcement = Feedback.text("ranking.moved", row.getName(), to + 1);
  }

  /** Saves the ranking as shown: priorities 1, 2… for those acceptable, in this order. */
  public String save() {
    readUnacceptable();
    List<RankingRequest.Ranked> ranked = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Row row : rows) {
      if (row.unacceptable) {
        refused.add(row.id);
      } else {
        ranked.add(new RankingRequest.Ranked(row.id, ranked.size() + 1));
      }
    }
    try {
      matching.rank(caller.get(), offerId, new RankingRequest(ranked, refused));
      Feedback.info("applicants.saved");
      return "/artisan/apprenticeship-applicants?faces-redirect=true&offer=" + offerId;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /**
   * Which rows are marked not acceptable, from the checkboxes of the submitted form: they are plain
   * inputs named by applicant, so that a row moved in the same request keeps its own mark.
   */
  private void readUnacceptable() {
    String[] checked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get(UNACCEPTABLE);
    Set<String> marked = checked == null ? Set.of() : new HashSet<>(Arrays.asList(checked));
    rows.forEach(r -> r.unacceptable = marked.contains(r.id));
  }

  private int indexOf(String apprenticeId) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).id.equals(apprenticeId)) {
        return i;
      }
    }
    return -1;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getOfferId() {
    return offerId;
  }

  public void setOfferId(String offerId) {
    this.offerId = offerId;
  }

  public String getOfferTitle() {
    return offerTitle;
  }

  public boolean isMaster() {
    return master;
  }

  public String getAnnouncement() {
    return announcement;
  }
}
