package fr.passeurs.platform.web;

import fr.passeurs.platform.rest.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every answer carries, pages and API alike: a Content-Security-Policy that lets no
 * script run but the application's own files (a page replaces it with the same policy plus the
 * nonce of its own scripts, which PrimeFaces writes), no content sniffing, no framing, and no full
 * address sent to other sites. {@code TRACE} is refused here, before any servlet could echo a
 * request back. (Mapped first in {@code web.xml}, on every request and error dispatch.)
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String CSP = "Content-Security-Policy";

  /**
   * The policy of pages, from {@code primefaces.CSP_POLICY} in {@code web.xml}: PrimeFaces adds
   * each page's nonce to its {@code script-src}, which comes last for that reason. Inline styles
   * stay allowed: PrimeFaces positions its widgets with them.
   */
  public static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

  private String policy;

  @Override
  public void init() {
    policy = getServletContext().getInitParameter(POLICY_PARAMETER) + ";";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if ("TRACE".equalsIgnoreCase(request.getMethod())) {
      refuseTrace(request, response);
      return;
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  private static void refuseTrace(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
    response.setContentType(Problems.PROBLEM_JSON);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(Problems.json(405, null, Problems.language(request.getHeader("Accept-Language"))));
  }

  /** Keeps one policy: a policy added later (a page's, with its nonce) replaces the default. */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
