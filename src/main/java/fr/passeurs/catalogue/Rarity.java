package fr.passeurs.catalogue;

/**
 * How endangered a know-how is, computed from its holders (active artisans who practise it) and
 * whether it is taught (a training exists outside Passeurs, or on Passeurs). Never typed in.
 */
public enum Rarity {
  /** At most one holder, and no training exists: it may die with its last holder. */
  CRITICAL,
  /** At most three holders, and no training exists. */
  ENDANGERED,
  /** At most three holders but taught, or at most ten holders and not taught. */
  VULNERABLE,
  SAFE;

  /** The rarity that follows from these facts. */
  public static Rarity of(int holders, boolean trained) {
    if (holders < 0) {
      throw new IllegalArgumentException("holders: " + holders);
    }
    if (!trained && holders <= 1) {
      return CRITICAL;
    }
    if (!trained && holders <= 3) {
      return ENDANGERED;
    }
    if (holders <= 3 || (!trained && holders <= 10)) {
      return VULNERABLE;
    }
    return SAFE;
  }

  /** Why: e.g. "1 holder, no training exists". */
  public static String reason(int holders, boolean trained) {
    return holders
        + (holders == 1 ? " holder" : " holders")
        + (trained ? ", a training exists" : ", no training exists");
  }
}
