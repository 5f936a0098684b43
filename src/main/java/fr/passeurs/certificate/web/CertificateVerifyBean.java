package fr.passeurs.certificate.web;

import fr.passeurs.certificate.Certificate;
import fr.passeurs.certificate.CertificateService;
import fr.passeurs.certificate.CertificateSettings;
import fr.passeurs.certificate.PublicCode;
import fr.passeurs.certificate.Verdict;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The public verification page: anyone who holds a certificate's code (printed, or in its QR code)
 * reads the whole certificate and whether it is valid, revoked or replaced; anyone who holds a
 * credential or a PDF has it checked.
 */
@Named
@ViewScoped
public class CertificateVerifyBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Largest PDF accepted for a check. */
  static final long MAX_PDF = 5L * 1024 * 1024;

  @Inject private CertificateService certificates;
  @Inject private CertificateSettings settings;

  private String code;
  private boolean loaded;
  private boolean notFound;
  private CertificateSheet sheet;

  @Size(max = 20_000)
  private String credential;

  private transient Part pdf;
  private String outcome;
  private String reason;
  private CertificateSheet checked;

  /** Reads the certificate of the code in the address; an unknown code answers 404. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      sheet = sheetOf(certificates.byCode(code.strip()));
    } catch (DomainException unknown) {
      notFound = true;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /** Checks the credential pasted, or else the PDF given. */
  public void check() {
    outcome = null;
    reason = null;
    checked = null;
    try {
      Verdict verdict;
      if (credential != null && !credential.isBlank()) {
        String jwt = credential.strip();
        if (!jwt.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")) {
          Feedback.error("cert.verify.notJwt");
          return;
        }
        verdict = certificates.verifyCredential(jwt);
      } else if (pdf != null && pdf.getSize() > 0) {
        if (pdf.getSize() > MAX_PDF) {
          Feedback.error("cert.verify.tooLarge");
          return;
        }
        byte[] bytes;
        try (InputStream in = pdf.getInputStream()) {
          bytes = in.readAllBytes();
        }
        if (bytes.length < 5
            || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
          Feedback.error("cert.verify.notPdf");
          return;
        }
        verdict = certificates.verifyPdf(bytes);
      } else {
        Feedback.error("cert.verify.nothing");
        return;
      }
      outcome = verdict.outcome().name();
      reason = verdict.reason().in(Feedback.locale());
      checked = verdict.certificate() == null ? null : sheetOf(verdict.certificate());
    } catch (IOException e) {
      Feedback.error("cert.verify.unreadable");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
  }

  private CertificateSheet sheetOf(Certificate c) {
    String next =
        c.supersededBy() == null
            ? null
            : certificates.byId(c.supersededBy()).map(n -> n.code().value()).orElse(null);
    return CertificateSheet.of(c, settings.verificationUrl(c.code()), next);
  }

  /** The code as typed in the address, grouped for reading when it is a well-formed one. */
  public String getShownCode() {
    return code == null ? "" : PublicCode.tryParse(code).map(PublicCode::grouped).orElse(code);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public CertificateSheet getSheet() {
    return sheet;
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }

  public Part getPdf() {
    return pdf;
  }

  public void setPdf(Part pdf) {
    this.pdf = pdf;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public CertificateSheet getChecked() {
    return checked;
  }
}
