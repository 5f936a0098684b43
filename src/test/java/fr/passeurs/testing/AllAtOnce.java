package fr.passeurs.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Many callers at the same moment: the races the integration tests prove nothing is lost in. */
public final class AllAtOnce {

  private AllAtOnce() {}

  /**
   * Makes each caller's call, all released at once (on at most 32 threads), and returns their
   * answers in the order of the callers.
   */
  public static <T> List<Api.Response> each(List<T> callers, Function<T, Api.Response> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(32, callers.size()));
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Api.Response>> futures = new ArrayList<>();
      for (T caller : callers) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.apply(caller);
                }));
      }
      start.countDown();
      List<Api.Response> answers = new ArrayList<>();
      for (Future<Api.Response> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
