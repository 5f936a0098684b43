package fr.passeurs.audit.web;

import fr.passeurs.audit.AuditTrail;
import fr.passeurs.audit.api.AuditReads;
import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.LocaleBean;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
          new AuditTrail.Filter(
              action(request.getParameter("action")),
              blank(request.getParameter("actor")),
              blank(request.getParameter("subject")),
              null,
              day(request.getParameter("from"), 0),
              day(request.getParameter("to"), 1));
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

  private static String blank(String raw) {
    return raw == null || raw.isBlank() ? null : raw.trim();
  }

  /** The start of that day in Paris, or of the next one ({@code plusDays} 1), or null. */
  private static Instant day(String raw, int plusDays) {
    return raw == null || raw.isBlank()
        ? null
        : LocalDate.parse(raw.trim())
            .plusDays(plusDays)
            .atStartOfDay(ClockProducer.PARIS)
            .toInstant();
  }

  /** The language chosen on this browser for the pages; French if none. */
  private static Locale language(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (LocaleBean.COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
          return Locale.ENGLISH;
        }
      }
    }
    return Locale.FRENCH;
  }
}
