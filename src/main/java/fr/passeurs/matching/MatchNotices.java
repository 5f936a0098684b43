package fr.passeurs.matching;

import fr.passeurs.platform.Notice;
import fr.passeurs.platform.ParisTime;
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
        "Une place vous est proposée : " + offerTitle,
        "Le tour d'appariement vous propose une place en apprentissage : « "
            + offerTitle
            + " ». Acceptez-la ou déclinez-la avant le "
            + ParisTime.inSentence(respondBy)
            + ".",
        OUTCOME,
        null);
  }

  Notice unmatched(String apprenticeId, String roundId) {
    return new Notice(
        apprenticeId,
        "MATCH_NONE",
        "Pas de place à ce tour",
        "Ce tour d'appariement ne vous a pas trouvé de place : les places des offres que vous"
            + " avez classées sont allées à des apprentis que les maîtres ont classés avant vous."
            + " Voyez l'explication, et classez d'autres offres pour le prochain tour.",
        OUTCOME,
        null);
  }

  Notice toMaster(String masterId, String offerTitle, int proposed) {
    return new Notice(
        masterId,
        "MATCH_FOR_MASTER",
        "Apprentis proposés : " + offerTitle,
        proposed
            + (proposed == 1 ? " apprenti·e s'est vu" : " apprenti·es se sont vu")
            + " proposer une place pour « "
            + offerTitle
            + " ». Vous serez prévenu·e de leur réponse.",
        "/artisan/apprenticeship-offers.xhtml",
        null);
  }

  Notice answered(String masterId, String offerTitle, boolean accepted) {
    return new Notice(
        masterId,
        accepted ? "MATCH_ACCEPTED" : "MATCH_DECLINED",
        (accepted ? "Place acceptée : " : "Place déclinée : ") + offerTitle,
        accepted
            ? "Un·e apprenti·e a accepté la place proposée pour « "
                + offerTitle
                + " » : l'apprentissage commence."
            : "Un·e apprenti·e a décliné la place proposée pour « "
                + offerTitle
                + " » : elle sera proposée au prochain tour.",
        "/artisan/apprenticeship-offers.xhtml",
        null);
  }
}
