package fr.passeurs.platform.web;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.Messages;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Messages shown on the pages, in the reader's language. */
public final class Feedback {

  private Feedback() {}

  /**
   * The language of the page: the one {@link LocaleBean} chose for this request. Before the page's
   * view is built (in a view action, or while a form is decoded) the view root does not know it
   * yet: it still has the browser's.
   */
  public static Locale locale() {
    Instance<LocaleBean> chosen = CDI.current().select(LocaleBean.class);
    if (chosen.isResolvable()) {
      return chosen.get().getLocale();
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  /** The text of a key in the texts bundle, or the key itself if it is missing. */
  public static String text(String key, Object... args) {
    return Messages.format(locale(), key, args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * A refusal from the application, in the page's language: its detail, or one line per bad field
   * ("Titre : de 3 à 200 caractères").
   */
  public static void refusal(DomainException e) {
    if (e.errors().isEmpty()) {
      add(FacesMessage.SEVERITY_ERROR, detail(e));
      return;
    }
    for (FieldError error : e.errors()) {
      add(FacesMessage.SEVERITY_ERROR, fieldLine(error));
    }
  }

  /**
   * A refusal's detail in the page's language; a refusal whose detail has no text yet falls back on
   * the page's text for its type ({@code problem.<type>}).
   */
  public static String detail(DomainException e) {
    if (!Messages.has(e.detail().key()) && Messages.has("problem." + e.type())) {
      return text("problem." + e.type());
    }
    return e.detail(locale());
  }

  /** "Field label : why", the label from {@code field.<name>} (an index left out). */
  public static String fieldLine(FieldError error) {
    String name = error.field();
    int bracket = name.indexOf('[');
    String base = bracket < 0 ? name : name.substring(0, bracket);
    String label = text("field." + base);
    return (label.startsWith("field.") ? name : label)
        + ("fr".equals(locale().getLanguage()) ? " : " : ": ")
        + error.message(locale());
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    // kept for the page a redirect leads to: by Faces' flash on this instance, and by
    // CarriedMessages in the session for another instance of a cluster
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
