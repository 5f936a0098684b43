package fr.passeurs.attendance;

import fr.passeurs.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What registers say of a person: every entry about them and every signature they gave. Shown to
 * them; kept when they leave (a register is a record the manufacture must keep), under the
 * account's id, whose name is then the neutral label.
 */
@ApplicationScoped
public class AttendanceData implements PersonalData {

  @PersistenceContext private EntityManager em;

  /** An entry about the person, in the export. */
  public record EntryData(
      String sessionId, int slot, int seq, String status, Integer lateMinutes, Instant enteredAt) {}

  /** A signature they gave, in the export. */
  public record SignatureData(String sessionId, int slot, String method, Instant signedAt) {}

  /** Both, in the export. */
  public record Attendance(List<EntryData> entries, List<SignatureData> signatures) {}

  @Override
  public String part() {
    return "attendance";
  }

  @Override
  public Object heldOn(String accountId) {
    List<EntryData> entries =
        em.createQuery(
                "SELECT e FROM AttendanceEntry e WHERE e.participantId = :me"
                    + " ORDER BY e.enteredAt, e.seq",
                AttendanceEntry.class)
            .setParameter("me", accountId)
            .getResultStream()
            .map(
                e ->
                    new EntryData(
                        e.sessionId(),
                        e.slot(),
                        e.seq(),
                        e.status().name(),
                        e.lateMinutes(),
                        e.enteredAt()))
            .toList();
    List<SignatureData> signatures =
        em.createQuery(
                "SELECT s.sessionId, s.slot, s.method, s.signedAt FROM Signature s"
                    + " WHERE s.signerId = :me ORDER BY s.signedAt",
                Object[].class)
            .setParameter("me", accountId)
            .getResultStream()
            .map(
                r ->
                    new SignatureData(
                        (String) r[0], (Integer) r[1], String.valueOf(r[2]), (Instant) r[3]))
            .toList();
    return new Attendance(entries, signatures);
  }

  @Override
  public void forget(Erasure erasure) {
    // kept as they are: the name they show comes from the account, now the neutral label
  }
}
