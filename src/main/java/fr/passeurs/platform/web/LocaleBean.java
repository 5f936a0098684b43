package fr.passeurs.platform.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.LanguageChosen;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: French first, English on request. A {@code ?lang=en} or {@code
 * ?lang=fr} on any page switches it and is remembered in a cookie, and, for someone logged in, on
 * their account, so that their notifications and e-mails are written in it too. On logging in, the
 * account takes the language chosen on this browser, or, if none was, the browser takes the
 * account's.
 */
@Named
@RequestScoped
public class LocaleBean {

  @Inject private Instance<Caller> caller;
  @Inject private Event<LanguageChosen> chosen;

  public static final String COOKIE = "passeurs-lang";
  private static final Map<String, Locale> SUPPORTED =
      Map.of("fr", Locale.FRENCH, "en", Locale.ENGLISH);

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = resolve();
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** The other language, offered in the header. */
  public String getOther() {
    return "fr".equals(getLanguage()) ? "en" : "fr";
  }

  private Locale resolve() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String asked = external.getRequestParameterMap().get("lang");
    if (asked != null && SUPPORTED.containsKey(asked)) {
      Caller who = caller.get();
      if (who.accountId() != null) {
        // what they are told later is written in the language they chose
        chosen.fire(new LanguageChosen(who.accountId(), asked));
      }
      remember(asked);
      return SUPPORTED.get(asked);
    }
    String here = chosenHere();
    return here == null ? Locale.FRENCH : SUPPORTED.get(here);
  }

  /** The language chosen on this browser ({@code "fr"} or {@code "en"}), or null if none was. */
  public String chosenHere() {
    return chosenOn(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /**
   * The language chosen on the browser that sent this request ({@code "fr"} or {@code "en"}), or
   * null if none was: for what answers outside Faces (a file downloaded from a page).
   */
  public static String chosenOn(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName()) && SUPPORTED.containsKey(cookie.getValue())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  /**
   * Shows the pages of this browser in this language from now on: what the rest of this request
   * says (the confirmation of the choice itself) and every page after it.
   */
  public void remember(String language) {
    if (!SUPPORTED.containsKey(language)) {
      return;
    }
    locale = SUPPORTED.get(language);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.addResponseCookie(
        COOKIE,
        language,
        Map.of(
            "maxAge",
            365 * 24 * 3600,
            "path",
            contextPath(external),
            "httpOnly",
            true,
            "SameSite",
            "Lax"));
  }

  private static String contextPath(ExternalContext external) {
    String path = external.getRequestContextPath();
    return path.isEmpty() ? "/" : path;
  }
}
