package fr.passeurs.certificate.core;

/** What a certificate is about: a training session followed, or a class visit made. */
public enum SubjectType {
  TRAINING_SESSION,
  VISIT_BOOKING
}
