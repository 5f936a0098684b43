/**
 * The audit trail: what was done to people's accounts, certificates, registers and personal data,
 * by whom and when, for the admin to read. The contexts tell it through the {@code Audited} event,
 * inside the transaction of the act; it never changes what it recorded.
 */
package fr.passeurs.audit;
