package fr.passeurs.platform.web;

import fr.passeurs.platform.rest.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's error page. An error under {@code /api} that JAX-RS did not answer itself (one
 * raised by the container, before or around the resource) still gets a problem document; any other
 * page gets the error page of the site.
 */
@WebServlet("/errors")
public class ErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

  private static boolean isPageWithoutItsNonce(Object failure) {
    for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = t.getCause()) {
      if (t instanceof org.primefaces.csp.CspException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (isPageWithoutItsNonce(failure) && uri != null) {
      // a form sent back without its page's nonce (its script did not run, or it was tampered
      // with): the page again, with a sentence, rather than an error
      LOG.info(() -> "A form came back without its page's nonce: " + uri + " is shown again.");
      request.getSession().setAttribute(PageMessages.PAGE_EXPIRED, Boolean.TRUE);
      Object query = request.getAttribute("jakarta.servlet.error.query_string");
      response.sendRedirect(uri + (query == null ? "" : "?" + query));
      return;
    }
    if (failure instanceof Throwable t) {
      LOG.log(
          Level.SEVERE,
          "Unhandled error on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          t);
    }
    String path =
        uri == null
            ? ""
            : uri.toString()
                .substring(Math.min(uri.toString().length(), request.getContextPath().length()));
    response.setStatus(status);
    if (path.equals("/api") || path.startsWith("/api/")) {
      response.setContentType(Problems.PROBLEM_JSON);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Problems.json(status, null, Problems.language(request.getHeader("Accept-Language"))));
      return;
    }
    request.setAttribute("passeurs.errorStatus", status);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }
}
