package fr.passeurs.people;

/** Whether an account may log in. */
public enum AccountStatus {
  /** An artisan waiting for a manager of their manufacture to activate them. */
  PENDING,
  ACTIVE,
  DISABLED
}
