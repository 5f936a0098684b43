package fr.passeurs.training;

/** Who a training is for. */
public enum TrainingLevel {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED
}
