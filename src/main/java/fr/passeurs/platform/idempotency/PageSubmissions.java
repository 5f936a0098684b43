package fr.passeurs.platform.idempotency;

import fr.passeurs.platform.web.PageMessages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * A page's form sent twice (a double click, Enter pressed twice, a form sent again from the
 * history) does its work once. Each rendered form carries a token of its own ({@code
 * resources/js/forms.js}); the first sending of a token that ends in a redirect keeps where it led,
 * and the same token again is sent there, with a sentence saying the form had been sent already. A
 * sending that shows its page again (a refusal) keeps nothing: the corrected form goes through.
 * Ajax requests and the login form are left alone. (Mapped in {@code web.xml} on the pages.)
 */
public class PageSubmissions extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String TOKEN = "passeurs.submission";

  /** How long a repeated sending waits for the first one to finish before giving up. */
  static final long WAIT_MILLIS = 10_000;

  @Inject private Submissions submissions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equalsIgnoreCase(request.getMethod())
        || "partial/ajax".equals(request.getHeader("Faces-Request"))
        || request.getRequestURI().endsWith("/login.xhtml")) {
      chain.doFilter(request, response);
      return;
    }
    // the form's own token: the body's values come after the address's (Servlet 6, 3.1.1)
    String[] tokens = request.getParameterValues(TOKEN);
    String token = tokens == null ? null : tokens[tokens.length - 1];
    if (token == null || token.isBlank() || token.length() > 100) {
      chain.doFilter(request, response);
      return;
    }
    Principal who = request.getUserPrincipal();
    String keyHash = Submissions.digest("page", who == null ? "" : who.getName(), token);
    Submissions.Start start =
        submissions.begin(keyHash, Submissions.digest(request.getRequestURI()));
    if (start instanceof Submissions.Repeated repeated) {
      sentAlready(request, response, repeated.outcome());
      return;
    }
    if (start instanceof Submissions.Running) {
      sentAlready(request, response, waitFor(keyHash));
      return;
    }
    if (start instanceof Submissions.Mismatch) {
      chain.doFilter(request, response);
      return;
    }
    boolean kept = false;
    try {
      chain.doFilter(request, response);
      String location = response.getHeader("Location");
      if (response.getStatus() / 100 == 3 && location != null) {
        submissions.finish(
            keyHash, new Submissions.Outcome(response.getStatus(), null, location, null));
        kept = true;
      }
    } finally {
      if (!kept) {
        submissions.abandon(keyHash);
      }
    }
  }

  private Submissions.Outcome waitFor(String keyHash) {
    long until = System.currentTimeMillis() + WAIT_MILLIS;
    while (System.currentTimeMillis() < until) {
      Submissions.Outcome outcome = submissions.outcomeOf(keyHash);
      if (outcome != null) {
        return outcome;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return null;
  }

  /** Where the first sending led, or back to the page if it is not known yet. */
  private static void sentAlready(
      HttpServletRequest request, HttpServletResponse response, Submissions.Outcome outcome)
      throws IOException {
    request.getSession().setAttribute(PageMessages.PAGE_NOTICE, "submission.repeated");
    String back =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", outcome == null ? back : outcome.location());
  }
}
