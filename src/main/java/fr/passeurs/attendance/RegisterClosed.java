package fr.passeurs.attendance;

/**
 * The trainer closed the last open half-day of a session's register: every hour is accounted for,
 * and what depends on the register (the participants' certificates) may follow. Fired as a CDI
 * event inside the closing transaction; observers that act on it wait for its success.
 */
public record RegisterClosed(String sessionId) {}
