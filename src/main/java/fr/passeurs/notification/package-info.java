/**
 * Telling people what happened: every notice is kept for its recipient (read or unread) and, when
 * an SMTP server is configured, mailed through an outbox that survives restarts and retries failed
 * deliveries, never losing a mail and never failing what caused it.
 */
package fr.passeurs.notification;
