package fr.passeurs.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is cut into searchable words, the same way for what is indexed and what is asked: lower
 * case, accents and ligatures removed ({@code Œuvre d'Alençon} gives {@code oeuvre}, {@code
 * alencon}), split on anything that is not a letter or a digit. One-letter words (elided articles
 * such as the {@code d} of {@code d'}) and the most common French and English small words are left
 * out: they would match every entry.
 */
public final class SearchText {

  /** Longest word kept, as stored in the term table. */
  public static final int MAX_WORD = 64;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "au", "aux", "ou", "sur",
          "par", "pour", "dans", "avec", "qu", "the", "of", "and", "to", "in", "on", "for", "with",
          "an");

  private SearchText() {}

  /** Lower case, without accents or ligatures. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String lower =
        text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The distinct searchable words of a text, in order of appearance. */
  public static List<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : SEPARATORS.split(normalize(text))) {
      if (word.length() > 1 && !STOP_WORDS.contains(word)) {
        words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
      }
    }
    return new ArrayList<>(words);
  }
}
