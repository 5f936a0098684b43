package fr.passeurs.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: French first, English on request. A {@code ?lang=en} or {@code
 * ?lang=fr} on any page switches it and is remembered in a cookie.
 */
@Named
@RequestScoped
public class LocaleBean {

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
      external.addResponseCookie(
          COOKIE,
          asked,
          Map.of("maxAge", 365 * 24 * 3600, "path", contextPath(external), "httpOnly", true));
      return SUPPORTED.get(asked);
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName()) && SUPPORTED.containsKey(cookie.getValue())) {
          return SUPPORTED.get(cookie.getValue());
        }
      }
    }
    return Locale.FRENCH;
  }

  private static String contextPath(ExternalContext external) {
    String path = external.getRequestContextPath();
    return path.isEmpty() ? "/" : path;
  }
}
