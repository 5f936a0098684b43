package fr.passeurs.attendance.web;

import fr.passeurs.attendance.RegisterExports;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The register's exports downloaded from the trainer's page, with the login of the pages (the API
 * asks for HTTP Basic): {@code /artisan/register-export?session=…&format=pdf|csv}.
 */
@WebServlet("/artisan/register-export")
public class RegisterDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient RegisterExports exports;
  @Inject private transient Instance<Caller> callers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String session = request.getParameter("session");
    boolean pdf = !"csv".equals(request.getParameter("format"));
    if (session == null || session.isBlank()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body;
    try {
      Caller caller = callers.get();
      body = pdf ? exports.pdf(caller, session) : exports.csv(caller, session);
    } catch (DomainException e) {
      response.sendError(
          switch (e.kind()) {
            case FORBIDDEN, UNAUTHENTICATED -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            default -> HttpServletResponse.SC_CONFLICT;
          });
      return;
    }
    response.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + RegisterExports.fileName(session)
            + (pdf ? ".pdf" : ".csv")
            + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
