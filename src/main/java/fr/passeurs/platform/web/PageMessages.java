package fr.passeurs.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The page's messages that belong to no field, for the layout to show as plain paragraphs in a live
 * region (a list with alert roles inside fails accessibility checks).
 */
@Named
@RequestScoped
public class PageMessages {

  /**
   * Session attribute set when a form was sent from a page the server could not take it from and
   * the person was sent back to it: the page says so once.
   */
  public static final String PAGE_EXPIRED = "passeurs.pageExpired";

  /**
   * Session attribute holding the key of a sentence for the next page shown, set outside Faces (a
   * form sent twice): the page says it once.
   */
  public static final String PAGE_NOTICE = "passeurs.pageNotice";

  public List<FacesMessage> getGlobal() {
    FacesContext faces = FacesContext.getCurrentInstance();
    java.util.Map<String, Object> session = faces.getExternalContext().getSessionMap();
    List<FacesMessage> shown = faces.getMessageList(null);
    for (FacesMessage carried : CarriedMessages.takeFrom(session)) {
      // on the instance that answered the form, Faces' flash brought it already
      if (shown.stream().noneMatch(m -> m.getSummary().equals(carried.getSummary()))) {
        faces.addMessage(null, carried);
      }
    }
    if (session.remove(PAGE_EXPIRED) != null) {
      String text = Feedback.text("page.expired");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
    if (session.get(PAGE_NOTICE) instanceof String key) {
      session.remove(PAGE_NOTICE);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, Feedback.text(key), null));
    }
    return faces.getMessageList(null);
  }

  public boolean isError(FacesMessage message) {
    return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
  }

  public boolean isAnyError() {
    return getGlobal().stream().anyMatch(this::isError);
  }
}
