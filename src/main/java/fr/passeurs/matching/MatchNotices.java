package fr.passeurs.matching;

import fr.passeurs.platform.Message;
import fr.passeurs.platform.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** What apprentices and masters are told of rounds, matches and apprenticeships. */
@ApplicationScoped
public class MatchNotices {

  static final String OUTCOME = "/me/apprenticeship.xhtml";

  Notice proposed(String apprenticeId, String offerTitle, Instant respondBy) {
    return new Notice(
        apprenticeId,
        "MATCH_PROPOSED",
        Message.of("notice.match-proposed.title", offerTitle),
        Message.of("notice.match-proposed.body", offerTitle, respondBy),
        OUTCOME,
        null);
  }

  Notice unmatched(String apprenticeId, String roundId) {
    return new Notice(
        apprenticeId,
        "MATCH_NONE",
        Message.of("notice.match-none.title"),
        Message.of("notice.match-none.body"),
        OUTCOME,
        null);
  }

  Notice toMaster(String masterId, String offerTitle, int proposed) {
    return new Notice(
        masterId,
        "MATCH_FOR_MASTER",
        Message.of("notice.match-for-master.title", offerTitle),
        Message.of("notice.match-for-master.body", proposed, offerTitle),
        "/artisan/apprenticeship-offers.xhtml",
        null);
  }

  Notice answered(String masterId, String offerTitle, boolean accepted) {
    String kind = accepted ? "match-accepted" : "match-declined";
    return new Notice(
        masterId,
        accepted ? "MATCH_ACCEPTED" : "MATCH_DECLINED",
        Message.of("notice." + kind + ".title", offerTitle),
        Message.of("notice." + kind + ".body", offerTitle),
        "/artisan/apprenticeship-offers.xhtml",
        null);
  }
}
