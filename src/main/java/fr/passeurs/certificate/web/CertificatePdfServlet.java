package fr.passeurs.certificate.web;

import fr.passeurs.certificate.api.CertificateReads;
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
 * The PDF of a certificate, byte for byte as issued, for the pages: its recipient, the
 * manufacture's managers and the admin download it while logged in ({@code
 * /me/certificates/pdf/<code>}).
 */
@WebServlet("/me/certificates/pdf/*")
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CertificateReads certificates;
  @Inject private Instance<Caller> caller;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    String code = info == null ? "" : info.replaceFirst("^/", "").replaceFirst("\\.pdf$", "");
    CertificateReads.IssuedFiles files;
    try {
      files = certificates.files(caller.get(), code);
    } catch (DomainException e) {
      response.sendError(e.kind().status());
      return;
    }
    byte[] pdf = files.pdf();
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + files.fileName() + "\"");
    response.getOutputStream().write(pdf);
  }
}
