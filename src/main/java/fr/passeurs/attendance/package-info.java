/**
 * Attendance: the register of each training session, per half-day and participant (present, late,
 * excused, absent), kept by the trainer, corrected only by adding entries that supersede the
 * former; the participants' signatures (their own action during the half-day, or the trainer's QR
 * code that changes every 30 seconds) and the trainer's; the hours attended that certificates will
 * state; the register exported as a French feuille d'émargement.
 */
package fr.passeurs.attendance;
