package fr.passeurs.certificate;

/**
 * A certificate was revoked (for a reason, or superseded by a new one), fired in the transaction
 * that revokes it: what it granted elsewhere is taken back in that same transaction.
 */
public record CertificateRevoked(String certificateId, String code) {}
