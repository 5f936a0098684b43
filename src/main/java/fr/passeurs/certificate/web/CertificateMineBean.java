package fr.passeurs.certificate.web;

import fr.passeurs.certificate.api.CertificateReads;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The certificates a person received (an apprentice's trainings, a teacher's class visits), newest
 * first, with their status, the PDF to download and the page where anyone checks them.
 */
@Named
@RequestScoped
public class CertificateMineBean {

  /** Most certificates listed on the page. */
  static final int SHOWN = PageRequest.MAX_SIZE;

  @Inject private CertificateReads certificates;
  @Inject private Instance<Caller> caller;

  private List<CertificateSheet> lines;

  public List<CertificateSheet> getLines() {
    if (lines == null) {
      lines =
          certificates
              .mine(caller.get(), PageRequest.first(SHOWN), Feedback.locale())
              .items()
              .stream()
              .map(c -> CertificateSheet.of(c, null))
              .toList();
    }
    return lines;
  }
}
