/**
 * Class visits: artisans and managers publish visit offers (what a class will see or do, for which
 * school levels, in which room, when); teachers register their school and book; the host confirms
 * one wished time (the one calendar then reserves the room and the artisan), declines, or lets the
 * request expire; either side cancels; the artisan marks the visit done with who came, and the
 * teacher confirms it ({@link fr.passeurs.visit.VisitAttended}, from which the teacher's
 * attestation of visit follows).
 */
package fr.passeurs.visit;
