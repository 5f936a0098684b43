package fr.passeurs.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Whole addresses on the site the page was asked from, for links people copy and hand over. */
public final class SiteAddress {

  private SiteAddress() {}

  /** {@code scheme://host[:port]/context} followed by this path of the application. */
  public static String of(String path) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String scheme = context.getRequestScheme();
    int port = context.getRequestServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + context.getRequestServerName()
        + (defaultPort ? "" : ":" + port)
        + context.getRequestContextPath()
        + path;
  }
}
