package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.KnowHow;
import fr.passeurs.catalogue.KnowHowDetail;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The page of one know-how entry. */
@Named
@RequestScoped
public class KnowHowPage {

  @Inject private KnowHowService knowHow;
  @Inject private Caller caller;

  private String id;
  private KnowHowDetail detail;

  /** Loads the entry before the page renders; an unknown or hidden entry is a 404 page. */
  public void load() throws IOException {
    try {
      detail = knowHow.detail(caller, id);
    } catch (DomainException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public KnowHowDetail getDetail() {
    return detail;
  }

  public KnowHow getEntry() {
    return detail == null ? null : detail.entry();
  }

  /** Why the entry is as rare as it is, in the reader's language. */
  public String getRarityReason() {
    KnowHow entry = getEntry();
    return Feedback.text("rarity.reason.holders", entry.holderCount())
        + ", "
        + Feedback.text(entry.isTrained() ? "rarity.reason.trained" : "rarity.reason.untrained");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
