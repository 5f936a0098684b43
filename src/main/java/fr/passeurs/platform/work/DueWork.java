package fr.passeurs.platform.work;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the periodic jobs work through what is due (sessions at their deadline, unanswered requests,
 * unanswered places): each item on its own, so that one that fails is logged and tried again at the
 * next run while the others are done.
 */
public final class DueWork {

  private DueWork() {}

  /**
   * Runs {@code work} on each id {@code due} gives; returns how many it answered true for. {@code
   * what} names an item in the log ("the visit request").
   */
  public static int each(
      Logger log, String what, Supplier<List<String>> due, Predicate<String> work) {
    int done = 0;
    List<String> ids;
    try {
      ids = due.get();
    } catch (RuntimeException e) {
      log.log(
          Level.WARNING,
          e,
          () -> "Looking for what is due (" + what + ") failed; next run retries.");
      return 0;
    }
    for (String id : ids) {
      try {
        if (work.test(id)) {
          done++;
        }
      } catch (RuntimeException e) {
        log.log(
            Level.WARNING, e, () -> "Working on " + what + " " + id + " failed; next run retries.");
      }
    }
    return done;
  }
}
