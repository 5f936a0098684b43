package fr.passeurs.platform;

/** The roles of the platform; an account holds one or more of them. */
public enum Role {
  /** Runs the platform: creates manufactures, appoints their managers. */
  ADMIN,
  /** Runs one manufacture: its rooms, machines and artisans. */
  MANAGER,
  /** Holds and passes on know-how in a manufacture. */
  ARTISAN,
  /** Learns: enrols in trainings, applies to masters. */
  APPRENTICE,
  /** Books class visits for their pupils. */
  TEACHER;

  /** The role names as the security layer sees them (groups and role names are the same). */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String MANAGER_NAME = "MANAGER";
  public static final String ARTISAN_NAME = "ARTISAN";
  public static final String APPRENTICE_NAME = "APPRENTICE";
  public static final String TEACHER_NAME = "TEACHER";
}
