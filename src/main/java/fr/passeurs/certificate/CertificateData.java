package fr.passeurs.certificate;

import fr.passeurs.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's certificates: shown to them; when they leave, kept and verifiable by their code (a
 * manufacture must be able to prove a training it gave), but without their name, and without the
 * credential and the PDF that carry it.
 */
@ApplicationScoped
public class CertificateData implements PersonalData {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** A certificate, in the export. */
  public record CertificateLine(
      String code, String kind, String title, LocalDate issuedOn, String status) {}

  @Override
  public String part() {
    return "certificates";
  }

  private List<Certificate> of(String accountId) {
    return em.createQuery(
            "SELECT c FROM Certificate c WHERE c.recipientId = :me ORDER BY c.issuedAt",
            Certificate.class)
        .setParameter("me", accountId)
        .getResultList();
  }

  @Override
  public Object heldOn(String accountId) {
    return of(accountId).stream()
        .map(
            c ->
                new CertificateLine(
                    c.code().value(), c.kind().name(), c.title(), c.issuedOn(), c.status().name()))
        .toList();
  }

  @Override
  public void forget(Erasure erasure) {
    for (Certificate certificate : of(erasure.person().accountId())) {
      certificate.erase(
          erasure.label(),
          CertificateService.sha256(certificate.credential().getBytes(StandardCharsets.UTF_8)),
          clock.instant());
    }
  }
}
