package fr.passeurs.visit;

/** Where a class visit booking stands. Only REQUESTED and CONFIRMED can still change. */
public enum VisitStatus {
  REQUESTED,
  CONFIRMED,
  DECLINED,
  EXPIRED,
  CANCELLED,
  DONE;

  public boolean isOpen() {
    return this == REQUESTED || this == CONFIRMED;
  }
}
