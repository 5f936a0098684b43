package fr.passeurs.platform.security;

/**
 * Checks an e-mail and a password against the accounts. The authentication mechanism asks it
 * directly rather than through the identity store handler, so that it can tell a wrong password
 * (which counts against the caller) from the right password of an account not active.
 */
public interface PasswordCheck {

  LoginCheck check(String email, String password);
}
