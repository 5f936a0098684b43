package fr.passeurs.visit;

import fr.passeurs.platform.TimeRange;
import java.time.Instant;

/**
 * A class visit done whose numbers present the teacher confirmed, as other contexts read it (an
 * attestation of visit is drawn from it).
 *
 * @param bookingId the booking
 * @param title the title of the visit offer
 * @param knowHowId the know-how the visit shows
 * @param manufactureId where it took place
 * @param artisanId the host artisan
 * @param teacherId the teacher who booked and confirmed
 * @param schoolName the teacher's school
 * @param time when it took place (the confirmed time)
 * @param presentPupils pupils present
 * @param presentAdults accompanying adults present
 * @param confirmedAt when the teacher confirmed the numbers
 */
public record AttendedVisit(
    String bookingId,
    String title,
    String knowHowId,
    String manufactureId,
    String artisanId,
    String teacherId,
    String schoolName,
    TimeRange time,
    int presentPupils,
    int presentAdults,
    Instant confirmedAt) {}
