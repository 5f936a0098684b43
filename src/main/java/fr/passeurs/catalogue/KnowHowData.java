package fr.passeurs.catalogue;

import fr.passeurs.platform.Message;
import fr.passeurs.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The know-how entries a person holds: shown to them; handed over before they leave. */
@ApplicationScoped
public class KnowHowData implements PersonalData {

  @Inject private KnowHowService knowHow;

  /** An entry one holds, in the export. */
  public record Held(String id, String title) {}

  @Override
  public String part() {
    return "knowHowHeld";
  }

  @Override
  public Object heldOn(String accountId) {
    return knowHow.heldBy(accountId).stream().map(k -> new Held(k.id(), k.title())).toList();
  }

  @Override
  public List<Message> handOverFirst(String accountId) {
    List<String> titles = knowHow.heldBy(accountId).stream().map(KnowHowSummary::title).toList();
    return titles.isEmpty()
        ? List.of()
        : List.of(Message.of("problem.hand-over.know-how", String.join(", ", titles)));
  }

  @Override
  public void forget(Erasure erasure) {
    // nothing: an account that still holds know-how is not deleted
  }
}
