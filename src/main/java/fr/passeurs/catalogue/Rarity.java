package fr.passeurs.catalogue;

import fr.passeurs.platform.Message;

/**
 * How endangered a know-how is, computed from its holders (active artisans who practise it) and
 * whether it is taught (a training exists outside Passeurs, or on Passeurs). Never typed in.
 */
public enum Rarity {
  /** At most one holder, and no training exists: it may die with its last holder. */
  CRITICAL(true, 30),
  /** At most three holders, and no training exists. */
  ENDANGERED(true, 20),
  /** At most three holders but taught, or at most ten holders and not taught. */
  VULNERABLE(false, 10),
  SAFE(false, 0);

  private final boolean rare;
  private final int recommendationWeight;

  Rarity(boolean rare, int recommendationWeight) {
    this.rare = rare;
    this.recommendationWeight = recommendationWeight;
  }

  /**
   * Rare know-how is critical or endangered: what the platform passes on first. The one meaning of
   * "rare" — labels, highlights and the figures of matching rounds all ask this.
   */
  public boolean isRare() {
    return rare;
  }

  /**
   * What this rarity adds to an apprenticeship offer's fit when it is recommended, so that among
   * equals the rarer know-how comes first: 30, 20, 10 or nothing.
   */
  public int recommendationWeight() {
    return recommendationWeight;
  }

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

  /** Why: "1 active holder, no training exists", in the reader's language. */
  public static Message reason(int holders, boolean trained) {
    return Message.of(
        "rarity.why",
        holders,
        Message.of(trained ? "rarity.reason.trained" : "rarity.reason.untrained"));
  }
}
