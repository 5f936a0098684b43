package fr.passeurs.platform;

import java.util.List;

/**
 * Many notices at once, such as the outcomes of a matching round: fired as one CDI event, inside
 * the transaction that caused them, so that they are kept, and mailed, in bulk rather than one
 * lookup and one write at a time.
 */
public record Notices(List<Notice> each) {

  public Notices {
    each = List.copyOf(each);
  }
}
