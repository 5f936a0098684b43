package fr.passeurs.matching.core;

import java.util.Arrays;

/**
 * The matching of a round: apprentice-proposing deferred acceptance with places (Gale and Shapley).
 * Each apprentice applies down their list; an offer holds its best applicants so far, up to its
 * places, and turns away the worst when a better one comes; whoever is turned away applies to their
 * next choice. The result is stable (no apprentice and master would both rather have each other
 * than what they got), it is the best stable result for every apprentice at once, and no apprentice
 * can get a better offer by ranking offers in another order than their true one.
 *
 * <p>Each application is considered at most once, and an offer finds its worst held applicant at
 * the top of a max-heap of priorities of at most its places: the time is proportional to the number
 * of applications (times the logarithm of the largest number of places), and the memory to the
 * number of applications.
 */
public final class DeferredAcceptance {

  private final int[] proposalOrder;

  public DeferredAcceptance() {
    this.proposalOrder = null;
  }

  /**
   * Apprentices start applying in this order (a permutation of their numbers) instead of by number;
   * the result must not change, which the tests show.
   */
  DeferredAcceptance(int[] proposalOrder) {
    this.proposalOrder = proposalOrder.clone();
  }

  public MatchingResult run(MatchingInstance instance) {
    int apprentices = instance.apprenticeCount();
    int offers = instance.offerCount();
    checkOrder(apprentices);
    int[] choiceStart = instance.choiceStart;
    int[] choiceOffer = instance.choiceOffer;
    int[] choicePriority = instance.choicePriority;
    int[] rankedStart = instance.rankedStart;
    int[] ranked = instance.ranked;

    // An offer never holds more applicants than the master accepts, whatever its places: the
    // heaps take no more room than the applications.
    int[] heapStart = new int[offers + 1];
    for (int o = 0; o < offers; o++) {
      heapStart[o + 1] =
          heapStart[o] + Math.min(instance.places[o], rankedStart[o + 1] - rankedStart[o]);
    }
    int[] heap = new int[heapStart[offers]];
    int[] heapSize = new int[offers];
    int[] next = Arrays.copyOf(choiceStart, apprentices);

    for (int i = 0; i < apprentices; i++) {
      int proposer = proposalOrder == null ? i : proposalOrder[i];
      // The applicant an offer turns away applies again at once: a chain, not a recursion.
      while (proposer >= 0) {
        int k = next[proposer];
        int end = choiceStart[proposer + 1];
        int displaced = -1;
        while (k < end) {
          int priority = choicePriority[k];
          int offer = choiceOffer[k];
          k++;
          if (priority == MatchingInstance.UNACCEPTABLE) {
            continue;
          }
          int base = heapStart[offer];
          int size = heapSize[offer];
          if (size < heapStart[offer + 1] - base) {
            siftUp(heap, base, size, priority);
            heapSize[offer] = size + 1;
            break;
          }
          int worst = heap[base];
          if (priority < worst) {
            replaceTop(heap, base, size, priority);
            displaced = ranked[rankedStart[offer] + worst];
            break;
          }
        }
        next[proposer] = k;
        proposer = displaced;
      }
    }
    return result(instance, heapStart, heap, heapSize);
  }

  private void checkOrder(int apprentices) {
    if (proposalOrder == null) {
      return;
    }
    if (proposalOrder.length != apprentices) {
      throw new IllegalArgumentException(
          "the proposal order has "
              + proposalOrder.length
              + " apprentices, the round "
              + apprentices);
    }
    boolean[] seen = new boolean[apprentices];
    for (int apprentice : proposalOrder) {
      if (apprentice < 0 || apprentice >= apprentices || seen[apprentice]) {
        throw new IllegalArgumentException(
            "the proposal order is not a permutation of the apprentices: " + apprentice);
      }
      seen[apprentice] = true;
    }
  }

  private static void siftUp(int[] heap, int base, int index, int priority) {
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (heap[base + parent] >= priority) {
        break;
      }
      heap[base + index] = heap[base + parent];
      index = parent;
    }
    heap[base + index] = priority;
  }

  private static void replaceTop(int[] heap, int base, int size, int priority) {
    int index = 0;
    while (true) {
      int child = 2 * index + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[base + child + 1] > heap[base + child]) {
        child++;
      }
      if (heap[base + child] <= priority) {
        break;
      }
      heap[base + index] = heap[base + child];
      index = child;
    }
    heap[base + index] = priority;
  }

  private static MatchingResult result(
      MatchingInstance instance, int[] heapStart, int[] heap, int[] heapSize) {
    int offers = instance.offerCount();
    int[] offerOf = new int[instance.apprenticeCount()];
    Arrays.fill(offerOf, MatchingResult.UNMATCHED);
    int[] keptStart = new int[offers + 1];
    for (int o = 0; o < offers; o++) {
      keptStart[o + 1] = keptStart[o] + heapSize[o];
    }
    int[] kept = new int[keptStart[offers]];
    int[] cutoff = new int[offers];
    for (int o = 0; o < offers; o++) {
      int base = heapStart[o];
      int size = heapSize[o];
      Arrays.sort(heap, base, base + size);
      for (int i = 0; i < size; i++) {
        int apprentice = instance.ranked[instance.rankedStart[o] + heap[base + i]];
        kept[keptStart[o] + i] = apprentice;
        offerOf[apprentice] = o;
      }
      cutoff[o] = size == 0 ? -1 : heap[base + size - 1];
    }
    return new MatchingResult(instance, offerOf, keptStart, kept, cutoff);
  }
}
