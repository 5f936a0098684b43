package fr.passeurs.visit;

/** The school levels a visit suits, as French schools name them. */
public enum SchoolLevel {
  /** Maternelle: petite, moyenne and grande section. */
  PRIMARY_CYCLE_1,
  /** CP, CE1, CE2. */
  PRIMARY_CYCLE_2,
  /** CM1, CM2 (and 6e, which belongs to cycle 3 but is taught at collège: see COLLEGE). */
  PRIMARY_CYCLE_3,
  /** Collège, 6e to 3e. */
  COLLEGE,
  /** Lycée général and technologique. */
  LYCEE,
  /** CAP and lycée professionnel. */
  VOCATIONAL
}
