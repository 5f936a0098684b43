package fr.passeurs.people;

/**
 * Fired inside the transaction that changed an account's status or roles, for those whose data
 * depend on it (the rarity of the know-how an artisan holds, the cache of logins).
 */
public record AccountChanged(String accountId) {}
