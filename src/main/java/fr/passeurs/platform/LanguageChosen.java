package fr.passeurs.platform;

/**
 * Someone logged in chose the language of the pages ("fr" or "en"): their account keeps it, so that
 * what they are told later, by notification or e-mail, is written in it.
 */
public record LanguageChosen(String accountId, String language) {}
