package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.visit.OfferPeriod;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitOfferService;
import fr.passeurs.visit.VisitReader;
import fr.passeurs.visit.VisitReader.OfferListing;
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

  @Inject private VisitOfferService offers;
  @Inject private VisitReader reader;
  @Inject private BookingForm form;
  @Inject private Instance<Caller> caller;

  private String id;
  private transient OfferListing listing;

  /** Loads the offer, or answers 404; prepares the booking form for a teacher. */
  public void load() throws IOException {
    if (getListing() == null) {
      PageAccess.endWith(404);
      return;
    }
    if (isTeacher()) {
      form.prepare(listing);
    }
  }

  public OfferListing getListing() {
    if (listing == null && id != null) {
      try {
        listing = reader.listing(offers.get(id));
      } catch (DomainException e) {
        listing = null;
      }
    }
    return listing;
  }

  /** The offer's periods, in order. */
  public List<OfferPeriod> getPeriods() {
    return getListing() == null ? List.of() : getListing().offer().periods();
  }

  /** Pupils per accompanying adult at each of the offer's levels, in school order. */
  public List<Map.Entry<SchoolLevel, Integer>> getRatios() {
    if (getListing() == null) {
      return List.of();
    }
    Map<SchoolLevel, Integer> ratios = reader.pupilsPerAdult();
    return getListing().offer().levels().stream()
        .sorted()
        .map(l -> Map.entry(l, ratios.get(l)))
        .toList();
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
