package fr.passeurs.certificate;

/** What a certificate is about: a training session followed, or a class visit made. */
public enum SubjectType {
  TRAINING_SESSION,
  VISIT_BOOKING
}
