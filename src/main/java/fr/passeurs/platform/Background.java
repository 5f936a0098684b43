package fr.passeurs.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work a request hands over (a certificate batch, a matching round) after the request has
 * answered, on a few threads of the application's own, started with it.
 *
 * <p>Why not the managed executor straight from the request: a task submitted from a request
 * carries a copy of the request's invocation, and the server's copy shares the table in which
 * entity managers used outside a transaction are kept until the invocation ends. The request and
 * the task then used one entity manager from two threads, and whichever ended second closed it a
 * second time: the request answered with an error page although its work went on. Threads started
 * with the application carry no request's state, and each keeps its own table for as long as it
 * lives.
 */
@ApplicationScoped
public class Background {

  private static final Logger LOG = Logger.getLogger(Background.class.getName());

  /** Started before anything that hands work over at start-up (the demo's history). */
  public static final int START = 50;

  /** How many pieces of work run at once; the others wait their turn in order. */
  static final int WORKERS = 2;

  @Resource private ManagedThreadFactory threads;

  private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();

  private record Work(String what, Runnable task, CompletableFuture<Void> done) {}

  void start(@Observes @Priority(START) @Initialized(ApplicationScoped.class) Object start) {
    for (int i = 1; i <= WORKERS; i++) {
      Thread worker = threads.newThread(this::work);
      worker.setName("passeurs-background-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /**
   * Queues {@code task}; returns at once. The future ends when the task has run, exceptionally if
   * it threw (which is logged, {@code what} naming it).
   */
  public CompletableFuture<Void> run(String what, Runnable task) {
    Work work = new Work(what, task, new CompletableFuture<>());
    queue.add(work);
    return work.done();
  }

  /** How many pieces of work wait for a worker (for the tests and the logs). */
  public int waiting() {
    return queue.size();
  }

  private void work() {
    while (!Thread.currentThread().isInterrupted()) {
      Work work;
      try {
        work = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        work.task().run();
        work.done().complete(null);
      } catch (RuntimeException | Error e) {
        LOG.log(Level.WARNING, e, () -> work.what() + " failed in the background.");
        work.done().completeExceptionally(e);
      }
    }
  }

  @PreDestroy
  void stop() {
    workers.forEach(Thread::interrupt);
  }
}
