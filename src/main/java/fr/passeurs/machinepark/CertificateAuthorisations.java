package fr.passeurs.machinepark;

import fr.passeurs.certificate.CertificateIssued;
import fr.passeurs.certificate.CertificateRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Links the training people followed to the machines it opens: a certificate of completion of a
 * qualifying training authorises, its revocation takes the authorisation back, each in the
 * transaction of the certificate (the observers are synchronous).
 */
@ApplicationScoped
public class CertificateAuthorisations {

  @Inject private MachineParkService park;

  void issued(@Observes CertificateIssued issued) {
    park.grantFromCertificate(issued);
  }

  void revoked(@Observes CertificateRevoked revoked) {
    park.revokeFromCertificate(revoked);
  }
}
