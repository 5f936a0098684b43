package fr.passeurs.machinepark.web;

import fr.passeurs.machinepark.api.MachineParkReads;
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
import java.time.YearMonth;
import java.util.Locale;

/**
 * A month's usage statement of the manager's manufacture, downloaded from its page with the login
 * of the pages (the API asks for HTTP Basic): {@code /manager/machine-usage.csv?month=2027-03}, or
 * {@code .pdf}.
 */
@WebServlet({"/manager/machine-usage.csv", "/manager/machine-usage.pdf"})
public class UsageDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient MachineParkReads park;
  @Inject private transient Instance<Caller> callers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = callers.get();
    boolean pdf = request.getServletPath().endsWith(".pdf");
    byte[] body;
    YearMonth month;
    try {
      month = MachineParkReads.month(request.getParameter("month"));
      if (caller.manufactureId() == null) {
        throw DomainException.forbidden("forbidden.manufacture.manage");
      }
      body =
          pdf
              ? park.usagePdf(caller, caller.manufactureId(), month)
              : park.usageCsv(caller, caller.manufactureId(), month, language(request))
                  .getBytes(StandardCharsets.UTF_8);
    } catch (DomainException e) {
      response.sendError(
          e.kind() == DomainException.Kind.INVALID
              ? HttpServletResponse.SC_BAD_REQUEST
              : HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"usage-" + month + (pdf ? ".pdf" : ".csv") + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The language chosen on this browser for the pages; French if none. */
  private static Locale language(HttpServletRequest request) {
    return "en".equals(LocaleBean.chosenOn(request)) ? Locale.ENGLISH : Locale.FRENCH;
  }
}
