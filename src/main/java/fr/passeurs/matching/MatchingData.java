package fr.passeurs.matching;

import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A person's side of apprenticeship matching: their profile and wishes, the places proposed to
 * them, the apprenticeships they follow or lead. Shown to them; when they leave, the profile,
 * wishes and rankings of them go and places proposed are declined (so they go to others);
 * apprenticeships stay under the account's id; a master hands their running apprenticeships over
 * first.
 */
@ApplicationScoped
public class MatchingData implements PersonalData {

  @PersistenceContext private EntityManager em;
  @Inject private MatchService matches;
  @Inject private Clock clock;

  /** The profile, in the export. */
  public record ProfileData(
      String homeCity,
      int travelKm,
      LocalDate availableFrom,
      String level,
      String experience,
      String motivation,
      Set<String> craftCodes,
      Set<String> knowHowIds,
      List<String> wishedOffers) {}

  /** A place proposed, in the export. */
  public record MatchData(String id, String offerId, String status, Instant respondBy) {}

  /** An apprenticeship, in the export. */
  public record ApprenticeshipData(
      String id, String offerId, String role, LocalDate startsOn, LocalDate endsOn) {}

  /** All of it, in the export. */
  public record Matching(
      ProfileData profile, List<MatchData> matches, List<ApprenticeshipData> apprenticeships) {}

  @Override
  public String part() {
    return "apprenticeship";
  }

  private List<Match> matchesOf(String accountId) {
    return em.createQuery(
            "SELECT m FROM Match m WHERE m.apprenticeId = :me ORDER BY m.createdAt", Match.class)
        .setParameter("me", accountId)
        .getResultList();
  }

  private List<Apprenticeship> apprenticeshipsOf(String accountId) {
    return em.createQuery(
            "SELECT a FROM Apprenticeship a WHERE a.apprenticeId = :me OR a.masterId = :me"
                + " ORDER BY a.startsOn",
            Apprenticeship.class)
        .setParameter("me", accountId)
        .getResultList();
  }

  @Override
  public Object heldOn(String accountId) {
    ApprenticeProfile p = em.find(ApprenticeProfile.class, accountId);
    ProfileData profile =
        p == null
            ? null
            : new ProfileData(
                p.homeCity(),
                p.travelKm(),
                p.availableFrom(),
                p.level() == null ? null : p.level().name(),
                p.experience(),
                p.motivation(),
                p.craftCodes(),
                p.knowHowIds(),
                p.choices());
    List<MatchData> proposed =
        matchesOf(accountId).stream()
            .map(m -> new MatchData(m.id(), m.offerId(), m.status().name(), m.respondBy()))
            .toList();
    List<ApprenticeshipData> followed =
        apprenticeshipsOf(accountId).stream()
            .map(
                a ->
                    new ApprenticeshipData(
                        a.id(),
                        a.offerId(),
                        accountId.equals(a.masterId()) ? "MASTER" : "APPRENTICE",
                        a.startsOn(),
                        a.endsOn()))
            .toList();
    return new Matching(profile, proposed, followed);
  }

  @Override
  public List<Message> handOverFirst(String accountId) {
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    long led =
        apprenticeshipsOf(accountId).stream()
            .filter(a -> accountId.equals(a.masterId()) && !a.endsOn().isBefore(today))
            .count();
    return led == 0 ? List.of() : List.of(Message.of("problem.hand-over.apprenticeships", led));
  }

  @Override
  public void forget(Erasure erasure) {
    String me = erasure.person().accountId();
    for (Match match : matchesOf(me)) {
      if (match.status() == MatchStatus.PROPOSED) {
        try {
          matches.decline(erasure.person(), match.id());
        } catch (DomainException past) {
          // its time to answer has passed: it stands as it is
        }
      }
    }
    em.createNativeQuery("DELETE FROM master_ranking WHERE apprentice_id = ?")
        .setParameter(1, me)
        .executeUpdate();
    ApprenticeProfile profile = em.find(ApprenticeProfile.class, me);
    if (profile != null) {
      em.remove(profile);
    }
  }
}
