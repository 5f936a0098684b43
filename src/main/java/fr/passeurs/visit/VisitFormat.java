package fr.passeurs.visit;

/** What the class does during a visit. */
public enum VisitFormat {
  /** The pupils are shown round the workshop. */
  GUIDED_VISIT,
  /** They watch an artisan at work. */
  DEMONSTRATION,
  /** They try the craft themselves. */
  HANDS_ON_WORKSHOP
}
