package fr.passeurs.certificate.api;

import fr.passeurs.certificate.IssuerKeys;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The platform's public signing keys, at {@code /.well-known/jwks.json} at the root of the site
 * (outside {@code /api}, where verifiers look for them): every key that ever signed a certificate,
 * the active one first. Public, and cached briefly by whoever fetches it.
 */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient IssuerKeys keys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/jwk-set+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getWriter().write(keys.publicJwksJson());
  }
}
