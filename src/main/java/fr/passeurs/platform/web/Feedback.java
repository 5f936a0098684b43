package fr.passeurs.platform.web;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages shown on the pages, in the reader's language. */
public final class Feedback {

  private Feedback() {}

  /** The text of a key in the page bundle, or the key itself if it is missing. */
  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      String text = bundle.getString(key);
      return args.length == 0 ? text : java.text.MessageFormat.format(text, args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * A refusal from the application: a translated sentence for its type when the bundle has one
   * ({@code problem.email-taken}), else the refusal's own sentence; one line per bad field.
   */
  public static void refusal(DomainException e) {
    String key = "problem." + e.type();
    String translated = text(key);
    if (!translated.equals(key)) {
      add(FacesMessage.SEVERITY_ERROR, translated);
      return;
    }
    if (e.errors().isEmpty()) {
      add(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return;
    }
    for (FieldError error : e.errors()) {
      String field = text("field." + error.field());
      add(
          FacesMessage.SEVERITY_ERROR,
          (field.startsWith("field.") ? error.field() : field) + " : " + error.message());
    }
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
