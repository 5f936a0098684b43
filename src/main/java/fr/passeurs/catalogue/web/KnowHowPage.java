package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.KnowHow;
import fr.passeurs.catalogue.KnowHowDetail;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TextRules;
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

  /** The address of the entry's recognition, if it is a web address one may link to. */
  public String getRecognitionLink() {
    KnowHow entry = getEntry();
    return entry == null ? null : TextRules.linkable(entry.recognitionUrl());
  }

  /** Why the entry is as rare as it is, in the reader's language. */
  public String getRarityReason() {
    return getEntry().rarityReason().in(Feedback.locale());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
