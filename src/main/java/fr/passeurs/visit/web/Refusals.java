package fr.passeurs.visit.web;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.web.Feedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Shows a refusal on the page that stays: each failing field's reason next to its input when the
 * form has one, the rest at the top of the page. (A page that redirects uses {@link
 * Feedback#refusal}, whose messages survive the redirect.)
 */
final class Refusals {

  private Refusals() {}

  /**
   * @param inputs the client id of the input of each field the service may name
   */
  static void show(DomainException e, Map<String, String> inputs) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.validationFailed();
    if (e.errors().isEmpty()) {
      top(Feedback.detail(e));
      return;
    }
    boolean besideInputs = false;
    for (FieldError error : e.errors()) {
      String input = inputs.get(error.field());
      if (input != null) {
        String text = error.message(Feedback.locale());
        faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        besideInputs = true;
      } else {
        top(Feedback.fieldLine(error));
      }
    }
    if (besideInputs) {
      top(Feedback.text("visit.fixFields"));
    }
  }

  /** A message of its own next to one input. */
  static void beside(String input, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    FacesContext.getCurrentInstance().validationFailed();
  }

  static void top(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
