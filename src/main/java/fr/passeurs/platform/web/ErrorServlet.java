package fr.passeurs.platform.web;

import fr.passeurs.platform.rest.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure instanceof Throwable t) {
      LOG.log(
          Level.SEVERE,
          "Unhandled error on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          t);
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
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
              Problems.json(
                  status,
                  null,
                  Problems.titleOf(status),
                  Problems.detailOf(status),
                  List.of(),
                  Map.of()));
      return;
    }
    request.setAttribute("passeurs.errorStatus", status);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }
}
