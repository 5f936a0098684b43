package fr.passeurs.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is sent only with requests from the site itself and top-level navigation to it
 * ({@code SameSite=Lax}: a form posted from another site arrives without it), never to scripts
 * ({@code HttpOnly}, in {@code web.xml}), and only over HTTPS when the public address is HTTPS.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setSecure(isHttps(publicUrl()));
  }

  static boolean isHttps(String publicUrl) {
    return publicUrl != null && publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
  }

  private static String publicUrl() {
    return ConfigProvider.getConfig()
        .getOptionalValue("passeurs.public-url", String.class)
        .orElse(null);
  }
}
