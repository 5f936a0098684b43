package fr.passeurs.certificate.web;

import fr.passeurs.certificate.Certificate;
import fr.passeurs.certificate.CertificateService;
import fr.passeurs.certificate.CertificateSettings;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.PageRequest;
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

  @Inject private CertificateService certificates;
  @Inject private CertificateSettings settings;
  @Inject private Instance<Caller> caller;

  private List<CertificateSheet> lines;

  public List<CertificateSheet> getLines() {
    if (lines == null) {
      lines =
          certificates.mine(caller.get(), PageRequest.first(SHOWN)).items().stream()
              .map(this::sheet)
              .toList();
    }
    return lines;
  }

  private CertificateSheet sheet(Certificate c) {
    return CertificateSheet.of(c, settings.verificationUrl(c.code()), null);
  }
}
