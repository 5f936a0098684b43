package fr.passeurs.matching;

import fr.passeurs.matching.core.DeferredAcceptance;
import fr.passeurs.matching.core.MatchingChecks;
import fr.passeurs.matching.core.MatchingInstance;
import fr.passeurs.matching.core.MatchingResult;
import fr.passeurs.matching.core.Round;
import fr.passeurs.matching.core.TieBreak;
import fr.passeurs.matching.core.TieBreak.Application;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How long deferred acceptance takes on rounds the size of a region and of the whole country, and
 * how much memory a round takes, on generated rounds of realistic shape: each apprentice ranks ten
 * offers, drawn with a Zipf-like popularity (a few workshops are wanted by many, most by few);
 * offers have 1 to 5 places; masters refuse some applicants, rank some with ties and leave the
 * others to the tie-break, whose fit scores share a part common to all offers (a strong applicant
 * is strong everywhere).
 *
 * <p>{@code mvn -Pbench package -Dbench=fr.passeurs.matching.MatchingBenchmark [-Dbench.runs=30]
 * [-Dbench.seed=20261127]}: the same seed generates the same rounds.
 */
public final class MatchingBenchmark {

  private static final int CHOICES = 10;
  private static final double ZIPF_EXPONENT = 1.0;
  private static final int WARM_UP_RUNS = 20;
  private static final long WARM_UP_NANOS = 2_000_000_000L;

  public static void main(String[] args) {
    int runs = Integer.getInteger("bench.runs", 30);
    long seed = Long.getLong("bench.seed", 20_261_127L);
    System.out.printf(
        "Matching benchmark: %d runs after at least %d (and 2 s) to warm up, seed %d;"
            + " %d processors, load average %.1f, max heap %d MB%n",
        runs,
        WARM_UP_RUNS,
        seed,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20);
    measure("Region", 10_000, 1_000, seed, runs);
    measure("Country (stress)", 100_000, 10_000, seed, runs);
  }

  private static void measure(String name, int apprentices, int offers, long seed, int runs) {
    System.out.printf("%n%s: %,d apprentices, %,d offers%n", name, apprentices, offers);
    long start = System.nanoTime();
    Generated generated = generate(apprentices, offers, new SplittableRandom(seed));
    System.out.printf("  generated in %.0f ms%n", millis(System.nanoTime() - start));

    start = System.nanoTime();
    TieBreak tieBreak = new TieBreak(seed, apprentices);
    int[][] priorities = new int[offers][];
    for (int o = 0; o < offers; o++) {
      priorities[o] = tieBreak.order(generated.judged.get(o));
    }
    long tieBreakTime = System.nanoTime() - start;
    start = System.nanoTime();
    MatchingInstance.Builder builder = MatchingInstance.builder();
    for (int[] preference : generated.preferences) {
      builder.addApprentice(preference);
    }
    for (int o = 0; o < offers; o++) {
      builder.addOffer(generated.places[o], priorities[o]);
    }
    MatchingInstance instance = builder.build();
    long buildTime = System.nanoTime() - start;
    System.out.printf(
        "  tie-break of every offer %.0f ms, instance built in %.0f ms%n",
        millis(tieBreakTime), millis(buildTime));
    generated = null;
    priorities = null;
    builder = null;
    tieBreak = null;

    long withInstance = usedAfterGc();
    DeferredAcceptance matching = new DeferredAcceptance();
    MatchingResult result = matching.run(instance);
    report(instance, result);

    long sink = 0;
    // Long enough for the JIT to have compiled the loop, whatever the size of the round.
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    for (int i = 0; i < WARM_UP_RUNS || System.nanoTime() < warmUpEnd; i++) {
      sink += matching.run(instance).matchedCount();
    }
    long[] times = new long[runs];
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < runs; i++) {
      long runStart = System.nanoTime();
      sink += matching.run(instance).matchedCount();
      times[i] = System.nanoTime() - runStart;
    }
    long allocatedPerRun = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / runs;
    Arrays.sort(times);
    System.out.printf(
        "  DeferredAcceptance.run: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms"
            + " (%d runs)%n",
        millis(times[(runs - 1) / 2]),
        millis(times[(int) Math.ceil(0.95 * runs) - 1]),
        millis(times[0]),
        millis(times[runs - 1]),
        runs);
    System.out.printf("  allocated per run: %.1f MB%n", allocatedPerRun / 1e6);

    int applications = instance.applicationCount();
    long estimated = instance.estimatedBytes();
    instance = null;
    result = null;
    long retained = withInstance - usedAfterGc();
    System.out.printf(
        "  instance memory: estimated %.1f MB from its arrays (%.1f bytes per application),"
            + " measured %.1f MB after GC%n",
        estimated / 1e6, (double) estimated / applications, retained / 1e6);
    if (sink == 42) {
      System.out.println();
    }
  }

  /** What the round gave, checked: a benchmark of a wrong result would measure nothing. */
  private static void report(MatchingInstance instance, MatchingResult result) {
    int[] byChoice = new int[CHOICES];
    // An apprentice applies down to the offer they end with, or to the end of their list.
    long proposals = 0;
    for (int a = 0; a < instance.apprenticeCount(); a++) {
      int choice = result.choiceOf(a);
      if (choice >= 0) {
        byChoice[choice]++;
        proposals += choice + 1;
      } else {
        proposals += instance.preferences(a).length;
      }
    }
    long places = 0;
    for (int o = 0; o < instance.offerCount(); o++) {
      places += instance.places(o);
    }
    int matched = result.matchedCount();
    System.out.printf(
        "  %,d applications, %,d places; %,d apprentices placed (%.1f%%), %.1f%% of them at"
            + " their first choice, %.1f%% in their first three%n",
        instance.applicationCount(),
        places,
        matched,
        100.0 * matched / instance.apprenticeCount(),
        100.0 * byChoice[0] / matched,
        100.0 * (byChoice[0] + byChoice[1] + byChoice[2]) / matched);
    System.out.printf(
        "  %,d proposals (%.0f%% of the applications)%n",
        proposals, 100.0 * proposals / instance.applicationCount());
    boolean stable = MatchingChecks.isStable(instance, result);
    System.out.printf("  stable, within places and accepted: %s%n", stable);
    if (!stable) {
      throw new IllegalStateException("the benchmark's round is not stable");
    }
  }

  private record Generated(int[][] preferences, int[] places, List<List<Application>> judged) {}

  private static Generated generate(int apprentices, int offers, SplittableRandom random) {
    double[] cumulative = new double[offers];
    double total = 0;
    for (int k = 0; k < offers; k++) {
      total += 1 / Math.pow(k + 1, ZIPF_EXPONENT);
      cumulative[k] = total;
    }
    // Popularity is not tied to the offers' numbers, so that nothing follows from the numbering.
    int[] byPopularity = Round.shuffled(random, offers);

    int[] places = new int[offers];
    List<List<Application>> judged = new ArrayList<>(offers);
    for (int o = 0; o < offers; o++) {
      places[o] = 1 + random.nextInt(5);
      judged.add(new ArrayList<>());
    }
    int[][] preferences = new int[apprentices][];
    for (int a = 0; a < apprentices; a++) {
      double strength = random.nextDouble();
      int[] preference = new int[Math.min(CHOICES, offers)];
      int chosen = 0;
      while (chosen < preference.length) {
        int k = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        int offer = byPopularity[k < 0 ? Math.min(-k - 1, offers - 1) : k];
        if (!chosenAlready(preference, chosen, offer)) {
          preference[chosen++] = offer;
        }
      }
      preferences[a] = preference;
      for (int offer : preference) {
        judged.get(offer).add(judge(a, strength, random));
      }
    }
    return new Generated(preferences, places, judged);
  }

  private static boolean chosenAlready(int[] preference, int chosen, int offer) {
    for (int i = 0; i < chosen; i++) {
      if (preference[i] == offer) {
        return true;
      }
    }
    return false;
  }

  /**
   * One master's judgement of one applicant: refused one time in twenty, ranked 1 to 5 three times
   * in ten, otherwise left to the tie-break; distances in whole kilometres, so that they tie too.
   */
  private static Application judge(int apprentice, double strength, SplittableRandom random) {
    double fit = Math.round((0.6 * strength + 0.4 * random.nextDouble()) * 100) / 100.0;
    double distance = random.nextInt(200);
    int judgement = random.nextInt(100);
    if (judgement < 5) {
      return Application.refused(apprentice);
    }
    if (judgement < 35) {
      return Application.ranked(apprentice, 1 + random.nextInt(5), fit, distance);
    }
    return Application.unranked(apprentice, fit, distance);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
