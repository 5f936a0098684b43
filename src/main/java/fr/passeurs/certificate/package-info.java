/**
 * Certificates: the certificates of completion ("certificat de réalisation") and the attestations
 * of attendance ("attestation d'assiduité") of trainings, and the attestations of class visits; as
 * a PDF that people print and show, and as a signed credential that anyone can verify, then revoke.
 *
 * <p>The core of the context is kept free of persistence, injection and HTTP:
 *
 * <ul>
 *   <li>{@link fr.passeurs.certificate.core.CertificateContent} is what a certificate states, under
 *       an unguessable {@link fr.passeurs.certificate.core.PublicCode};
 *   <li>{@link fr.passeurs.certificate.core.SigningKeys} are the platform's issuing keys ({@link
 *       fr.passeurs.certificate.core.IssuerKey}), all of whose public halves are published as a JWK
 *       set, so that a credential signed before a rotation still verifies after it;
 *   <li>{@link fr.passeurs.certificate.core.CredentialIssuer} turns the content into an Open Badges
 *       3.0 credential secured as a VC-JWT, and {@link
 *       fr.passeurs.certificate.core.CredentialVerifier} checks one, then, separately, whether it
 *       was revoked;
 *   <li>{@link fr.passeurs.certificate.core.StatusList} is the W3C Bitstring Status List through
 *       which certificates are revoked;
 *   <li>{@link fr.passeurs.certificate.core.CertificatePdf} draws the PDF, with a QR code to the
 *       verification page and the credential attached, so that a PDF can be checked offline.
 * </ul>
 *
 * <p>Around the core, the application: {@link fr.passeurs.certificate.CertificateService} issues
 * the certificates of a session once its register is closed (content gathered by {@link
 * fr.passeurs.certificate.CertificateDrafts}), stores each {@link
 * fr.passeurs.certificate.Certificate} with its credential and PDF, revokes, issues again after a
 * correction and checks what is presented; {@link fr.passeurs.certificate.IssuerKeys} keeps the
 * signing keys, {@link fr.passeurs.certificate.StatusLists} the status lists; {@link
 * fr.passeurs.certificate.AutomaticIssue} starts a batch when a register closes, or when a teacher
 * confirms who came to a class visit (the attestation of visit), and {@link
 * fr.passeurs.certificate.BatchRunner} runs batches in the background.
 *
 * <p>Its pages ({@code web}): the public verification page at {@code /verify/<code>} and the
 * checking form at {@code /verify}, a person's certificates, and the manager's batches and
 * revocations.
 */
package fr.passeurs.certificate;
