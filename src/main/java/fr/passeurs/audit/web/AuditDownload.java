package fr.passeurs.audit.web;

import fr.passeurs.audit.AuditTrail;
import fr.passeurs.audit.api.AuditReads;
import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.LocaleBean;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The audit trail as shown on its page, downloaded as CSV with the login of the pages (the API asks
 * for HTTP Basic): {@code /manager/audit.csv} with the page's filters ({@code action}, {@code
 * actor}, {@code subject}, {@code from}, {@code to}), in the language of the pages.
 */
@WebServlet("/manager/audit.csv")
public class AuditDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient AuditReads audit;
  @Inject private transient Instance<Caller> callers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditTrail.Filter filter;
    try {
      filter =
          AuditTrail.Filter.overDays(
              action(request.getParameter("action")),
              request.getParameter("actor"),
              request.getParameter("subject"),
              day(request.getParameter("from")),
              day(request.getParameter("to")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    byte[] body;
    try {
      body = audit.csv(callers.get(), filter, language(request)).getBytes(StandardCharsets.UTF_8);
    } catch (DomainException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static AuditAction action(String raw) {
    return raw == null || raw.isBlank() ? null : AuditAction.valueOf(raw);
  }

  private static LocalDate day(String raw) {
    return raw == null || raw.isBlank() ? null : LocalDate.parse(raw.trim());
  }

  /** The language chosen on this browser for the pages; French if none. */
  private static Locale language(HttpServletRequest request) {
    return "en".equals(LocaleBean.chosenOn(request)) ? Locale.ENGLISH : Locale.FRENCH;
  }
}
