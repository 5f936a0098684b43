package fr.passeurs.certificate.web;

import fr.passeurs.certificate.api.CertificateReads;
import fr.passeurs.certificate.api.CertificateViews.CertificateView;
import fr.passeurs.certificate.api.CertificateViews.VerdictView;
import fr.passeurs.certificate.core.PublicCode;
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

  @Inject private CertificateReads certificates;

  private String code;
  private boolean loaded;
  private boolean notFound;
  private CertificateSheet sheet;

  @Size(max = CertificateReads.MAX_CREDENTIAL)
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
      sheet = sheetOf(certificates.certificate(code.strip(), Feedback.locale()));
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
      VerdictView verdict;
      if (credential != null && !credential.isBlank()) {
        if (!CertificateReads.isCredential(credential)) {
          Feedback.error("cert.verify.notJwt");
          return;
        }
        verdict = certificates.verifyCredential(credential, Feedback.locale());
      } else if (pdf != null && pdf.getSize() > 0) {
        if (pdf.getSize() > MAX_PDF) {
          Feedback.error("cert.verify.tooLarge");
          return;
        }
        byte[] bytes;
        try (InputStream in = pdf.getInputStream()) {
          bytes = in.readAllBytes();
        }
        if (!CertificateReads.isPdf(bytes)) {
          Feedback.error("cert.verify.notPdf");
          return;
        }
        verdict = certificates.verifyPdf(bytes, Feedback.locale());
      } else {
        Feedback.error("cert.verify.nothing");
        return;
      }
      outcome = verdict.outcome();
      reason = verdict.reason();
      checked = verdict.certificate() == null ? null : sheetOf(verdict.certificate());
    } catch (IOException e) {
      Feedback.error("cert.verify.unreadable");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
  }

  private CertificateSheet sheetOf(CertificateView c) {
    return CertificateSheet.of(c, certificates.codeOf(c.supersededBy()).orElse(null));
  }

  /** The code as typed in the address, grouped for reading when it is a well-formed one. */
  public String getShownCode() {
    return code == null ? "" : PublicCode.grouped(code);
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
