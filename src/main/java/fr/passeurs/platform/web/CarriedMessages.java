package fr.passeurs.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries the page's messages over a redirect (a form sent, then its page shown again) in a
 * cluster: a request that ends in a redirect leaves them in the session too, and the next page
 * shows those its flash did not bring ({@link PageMessages}). Faces' own flash keeps them in the
 * memory of the instance that answered, so the next page, answered by another instance, would show
 * nothing; a session attribute is written to the data grid with the session.
 */
public class CarriedMessages implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** Session attribute: the messages for the next page. */
  static final String SESSION_KEY = "passeurs.carriedMessages";

  /** A message as it travels: its severity's ordinal and its text. */
  record Carried(int severity, String text) implements Serializable {

    FacesMessage message() {
      FacesMessage.Severity level = FacesMessage.SEVERITY_INFO;
      for (FacesMessage.Severity one :
          List.of(
              FacesMessage.SEVERITY_WARN,
              FacesMessage.SEVERITY_ERROR,
              FacesMessage.SEVERITY_FATAL)) {
        if (one.getOrdinal() == severity) {
          level = one;
        }
      }
      return new FacesMessage(level, text, null);
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // a redirect ends the lifecycle before the page is rendered (an action's navigation, a view
    // action); a page rendered shows its messages itself
    if (event.getPhaseId() == PhaseId.RENDER_RESPONSE
        || !faces.getResponseComplete()
        || !redirected(faces)) {
      return;
    }
    List<FacesMessage> messages = faces.getMessageList(null);
    if (messages.isEmpty()) {
      return;
    }
    ArrayList<Carried> carried = new ArrayList<>();
    for (FacesMessage message : messages) {
      carried.add(new Carried(message.getSeverity().getOrdinal(), message.getSummary()));
    }
    faces.getExternalContext().getSessionMap().put(SESSION_KEY, carried);
  }

  /** A redirect answered: an HTTP one, or the instruction an Ajax request's answer holds. */
  private static boolean redirected(FacesContext faces) {
    if (faces.getPartialViewContext().isAjaxRequest()) {
      return true;
    }
    return faces.getExternalContext().getResponse() instanceof HttpServletResponse response
        && response.getStatus() / 100 == 3;
  }

  /** The messages a redirect carried to this page, taken out of the session. */
  static List<FacesMessage> takeFrom(Map<String, Object> session) {
    if (!(session.remove(SESSION_KEY) instanceof List<?> carried)) {
      return List.of();
    }
    List<FacesMessage> messages = new ArrayList<>();
    for (Object one : carried) {
      if (one instanceof Carried message) {
        messages.add(message.message());
      }
    }
    return messages;
  }
}
