package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.api.KnowHowReads;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowEntry;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TextRules;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The page of one know-how entry: the API's {@link KnowHowEntry}. */
@Named
@RequestScoped
public class KnowHowPage {

  @Inject private KnowHowReads knowHow;
  @Inject private Caller caller;

  private String id;
  private KnowHowEntry entry;

  /** Loads the entry before the page renders; an unknown or hidden entry is a 404 page. */
  public void load() throws IOException {
    try {
      entry = knowHow.entry(caller, id, Feedback.locale());
    } catch (DomainException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public KnowHowEntry getEntry() {
    return entry;
  }

  /** The address of the entry's recognition, if it is a web address one may link to. */
  public String getRecognitionLink() {
    return entry == null || entry.recognition() == null
        ? null
        : TextRules.linkable(entry.recognition().url());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
