package fr.passeurs.platform;

/**
 * Something on a calendar: a training session's half-day, a class visit. {@code uid} stays the same
 * when the event changes, so that calendar applications update it rather than add another.
 */
public record CalendarEvent(
    String uid,
    TimeRange time,
    String summary,
    String description,
    String location,
    boolean cancelled) {}
