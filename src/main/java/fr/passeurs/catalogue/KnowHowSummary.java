package fr.passeurs.catalogue;

import java.util.Set;

/** A know-how entry as other contexts see it: what it is called, who holds it, where. */
public record KnowHowSummary(
    String id,
    String title,
    Domain domain,
    String craftCode,
    Rarity rarity,
    String manufactureId,
    Set<String> holderIds,
    boolean archived) {

  public boolean isHeldBy(String accountId) {
    return accountId != null && holderIds.contains(accountId);
  }
}
