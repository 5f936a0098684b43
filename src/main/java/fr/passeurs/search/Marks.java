package fr.passeurs.search;

import fr.passeurs.search.SearchResult.Part;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks the words a search found in a result's title and text, by the rule that found them: a word
 * of the text is found when it has the stem of a word asked or begins with one. The text's words
 * and offsets come from the index's own analysis ({@link FrenchText}); what is shown is the title
 * whole and the text's sentence with the most words found.
 *
 * <p>Lucene's unified highlighter does the same from the offsets kept in the index, but it reads
 * the postings of every word asked for every result shown and allocates buffers for each: measured
 * at 100,000 documents, a fifth of a search's time and most of its garbage. These few texts are
 * cheaper to read again.
 */
final class Marks {

  private final List<String> words;
  private final List<String> stems;

  /**
   * @param words the folded words asked
   */
  Marks(List<String> words) {
    this.words = List.copyOf(words);
    this.stems = words.stream().map(FrenchText::stem).toList();
  }

  /** The whole text, its words found marked; empty if none is. */
  List<Part> whole(String text) {
    List<FrenchText.Word> found = found(text);
    return found.isEmpty() ? List.of() : parts(text, 0, text.length(), found);
  }

  /**
   * The sentence of the text with the most words found (the first of equals), its words found
   * marked, with an ellipsis where text was left out; empty if no word is found.
   */
  List<Part> bestSentence(String text) {
    List<FrenchText.Word> found = found(text);
    if (found.isEmpty()) {
      return List.of();
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.FRENCH);
    sentences.setText(text);
    int bestStart = 0;
    int bestEnd = text.length();
    int bestCount = 0;
    for (int start = sentences.first(), end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      int count = 0;
      for (FrenchText.Word word : found) {
        if (word.start() >= start && word.end() <= end) {
          count++;
        }
      }
      if (count > bestCount) {
        bestCount = count;
        bestStart = start;
        bestEnd = end;
      }
    }
    while (bestEnd > bestStart && Character.isWhitespace(text.charAt(bestEnd - 1))) {
      bestEnd--;
    }
    List<Part> parts = new ArrayList<>();
    if (bestStart > 0) {
      parts.add(new Part("… ", false));
    }
    parts.addAll(parts(text, bestStart, bestEnd, found));
    if (bestEnd < text.length()) {
      parts.add(new Part(" …", false));
    }
    return parts;
  }

  private List<FrenchText.Word> found(String text) {
    if (text == null || text.isEmpty() || words.isEmpty()) {
      return List.of();
    }
    List<FrenchText.Word> found = new ArrayList<>();
    for (FrenchText.Word word : FrenchText.wordsAt(text)) {
      if (isFound(word.folded())) {
        found.add(word);
      }
    }
    return found;
  }

  private boolean isFound(String folded) {
    String stem = null;
    for (int i = 0; i < words.size(); i++) {
      if (folded.startsWith(words.get(i))) {
        return true;
      }
      if (stem == null) {
        stem = FrenchText.stem(folded);
      }
      if (stem.equals(stems.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The text from {@code start} to {@code end}, cut where the words found stand. */
  private static List<Part> parts(String text, int start, int end, List<FrenchText.Word> found) {
    List<Part> parts = new ArrayList<>();
    int at = start;
    for (FrenchText.Word word : found) {
      if (word.start() < at || word.end() > end) {
        continue;
      }
      if (word.start() > at) {
        parts.add(new Part(text.substring(at, word.start()), false));
      }
      parts.add(new Part(text.substring(word.start(), word.end()), true));
      at = word.end();
    }
    if (at < end) {
      parts.add(new Part(text.substring(at, end), false));
    }
    return parts;
  }
}
