package fr.passeurs.matching;

/** Where a place proposed by a round stands: the apprentice accepts or declines it in time. */
public enum MatchStatus {
  PROPOSED,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
