package fr.passeurs.testing;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits, a minute at most, for work done in the background to show. */
public final class Eventually {

  private Eventually() {}

  /** Reads until {@code done} holds, and returns what was read; fails saying {@code what}. */
  public static <T> T eventually(Supplier<T> read, Predicate<T> done, String what) {
    long until = System.currentTimeMillis() + 60_000;
    T value = read.get();
    while (!done.test(value)) {
      if (System.currentTimeMillis() > until) {
        throw new AssertionError("not " + what + " in time: " + value);
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      value = read.get();
    }
    return value;
  }
}
