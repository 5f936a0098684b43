package fr.passeurs.matching.web;

import fr.passeurs.matching.core.Fit;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.web.Feedback;
import java.io.Serializable;
import java.util.List;

/** The reasons of a fit, said in the reader's language when the page is drawn. */
public record Reasons(List<Message> reasons) implements Serializable {

  public Reasons {
    reasons = List.copyOf(reasons);
  }

  static Reasons of(Fit fit) {
    return new Reasons(fit.reasons().stream().map(Fit.Reason::text).toList());
  }

  /** Each reason as a sentence of the page's language. */
  public List<String> getTexts() {
    return reasons.stream().map(reason -> reason.in(Feedback.locale())).toList();
  }
}
