package fr.passeurs.notification.api;

import java.time.Instant;

/** A notification, as the API and the pages show it. */
public record NotificationView(
    String id,
    String kind,
    String title,
    String body,
    String link,
    Instant createdAt,
    boolean read) {}
