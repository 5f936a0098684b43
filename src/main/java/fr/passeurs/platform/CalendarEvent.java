package fr.passeurs.platform;

/**
 * Something on a calendar: a training session's half-day, a class visit. {@code uid} stays the same
 * when the event changes, so that calendar applications update it rather than add another. Its
 * summary and description are written in the language of the calendar they are put in.
 */
public record CalendarEvent(
    String uid,
    TimeRange time,
    Message summary,
    Message description,
    String location,
    boolean cancelled) {}
