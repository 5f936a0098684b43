package fr.passeurs.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The account remembered by a logged-in browser session. The identity store checks it again at each
 * request, so a disabled account or a changed role takes effect at once.
 */
public record SessionCredential(String accountId) implements Credential {}
