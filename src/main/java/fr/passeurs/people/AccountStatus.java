package fr.passeurs.people;

/** Whether an account may log in. */
public enum AccountStatus {
  /** An artisan waiting for a manager of their manufacture to activate them. */
  PENDING,
  ACTIVE,
  /** Deactivated by the admin or a manager of the manufacture, with a reason. */
  DISABLED,
  /** An artisan whose registration a manager of the manufacture refused, with a reason. */
  REFUSED,
  /** Deleted by its owner: a neutral label, no address, no password; kept for its records. */
  ERASED
}
