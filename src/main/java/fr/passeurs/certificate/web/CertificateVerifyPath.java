package fr.passeurs.certificate.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address printed on certificates and in their QR code, {@code /verify/<code>}, and the
 * checking form at {@code /verify}: both are served by the verification page, without a login.
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*"})
public class CertificateVerifyPath extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The Faces page that shows a certificate, or the form to check one. */
  static final String PAGE = "/certificates/verify.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String rest = request.getPathInfo();
    if (rest == null) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      rest = path.length() > "/verify".length() ? path.substring("/verify".length()) : "";
    }
    String code = rest.startsWith("/") ? rest.substring(1) : rest;
    if (code.isEmpty()) {
      request.getRequestDispatcher(PAGE).forward(request, response);
      return;
    }
    request
        .getRequestDispatcher(PAGE + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
