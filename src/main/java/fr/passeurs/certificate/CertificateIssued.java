package fr.passeurs.certificate;

/**
 * A certificate was issued for a training session, fired in the transaction that issues it: the
 * contexts that act on it (the machine park's authorisations) do so in that same transaction.
 *
 * @param completion whether it is a certificate of completion (not an attestation of attendance)
 */
public record CertificateIssued(
    String certificateId, String code, String recipientId, String sessionId, boolean completion) {}
