package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.PeriodView;
import fr.passeurs.visit.api.VisitViews.VisitOfferView;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A visit offer as a teacher reads it before booking: what the class will see, for whom, where,
 * when, and the rules it must follow. A teacher books it on the same page ({@link BookingForm}).
 */
@Named
@ViewScoped
public class OfferPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitReads visits;
  @Inject private BookingForm form;
  @Inject private Instance<Caller> caller;

  private String id;
  private transient VisitOfferView offer;

  /** Loads the offer, or answers 404; prepares the booking form for a teacher. */
  public void load() throws IOException {
    if (getOffer() == null) {
      PageAccess.endWith(404);
      return;
    }
    if (isTeacher()) {
      form.prepare(offer);
    }
  }

  /** The offer, as the API gives it. */
  public VisitOfferView getOffer() {
    if (offer == null && id != null) {
      try {
        offer = visits.offer(id);
      } catch (DomainException e) {
        offer = null;
      }
    }
    return offer;
  }

  /** The offer's periods, in order. */
  public List<PeriodView> getPeriods() {
    return getOffer() == null ? List.of() : getOffer().periods();
  }

  /** Pupils per accompanying adult at each of the offer's levels, in school order. */
  public List<Map.Entry<String, Integer>> getRatios() {
    return getOffer() == null ? List.of() : List.copyOf(getOffer().pupilsPerAdult().entrySet());
  }

  public boolean isTeacher() {
    return caller.get().has(Role.TEACHER);
  }

  public boolean isAnonymous() {
    return !caller.get().isAuthenticated();
  }

  /** Where the login page sends a teacher back to. */
  public String getLoginNext() {
    return "/visits/offer.xhtml?id=" + id;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
