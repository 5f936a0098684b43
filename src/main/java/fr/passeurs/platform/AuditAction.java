package fr.passeurs.platform;

/**
 * What the audit trail records: the acts on people's accounts, certificates, registers, personal
 * data and machine rights that someone may later have to answer for. Each names the kind of thing
 * it acts on; its texts are {@code auditAction.*} in the bundles.
 */
public enum AuditAction {
  ACCOUNT_ACTIVATED(Subject.ACCOUNT),
  ACCOUNT_REFUSED(Subject.ACCOUNT),
  ACCOUNT_DEACTIVATED(Subject.ACCOUNT),
  ACCOUNT_REACTIVATED(Subject.ACCOUNT),
  MANAGER_APPOINTED(Subject.ACCOUNT),
  MANAGER_REMOVED(Subject.ACCOUNT),
  CERTIFICATE_REVOKED(Subject.CERTIFICATE),
  CERTIFICATE_REISSUED(Subject.CERTIFICATE),
  REGISTER_CORRECTED(Subject.SESSION),
  REGISTER_CLOSED(Subject.SESSION),
  DATA_EXPORTED(Subject.ACCOUNT),
  ACCOUNT_ERASED(Subject.ACCOUNT),
  MACHINE_RULES_SET(Subject.MACHINE),
  AUTHORISATION_GRANTED(Subject.ACCOUNT),
  AUTHORISATION_REVOKED(Subject.ACCOUNT),
  MACHINE_BOOKED_FOR(Subject.ACCOUNT);

  /** What an action acts on. */
  public enum Subject {
    ACCOUNT,
    CERTIFICATE,
    SESSION,
    MACHINE
  }

  private final Subject subject;

  AuditAction(Subject subject) {
    this.subject = subject;
  }

  public Subject subject() {
    return subject;
  }
}
