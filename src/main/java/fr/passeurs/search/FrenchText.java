package fr.passeurs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How French text is cut into words, the same for what is indexed and what is asked. Words are
 * split as Unicode says, the elided article goes ({@code d'Alençon}, {@code l’émail}), case,
 * accents and ligatures go ({@code Œuvre} gives {@code oeuvre}), one-letter words and the most
 * common small words of French and English go. The <em>folded</em> words stop there; the
 * <em>stemmed</em> ones also lose their plural and light endings, French's way ({@code couteaux}
 * and {@code couteau} give {@code couteau}, {@code dentelles} and {@code dentelle} give {@code
 * dentel}).
 */
public final class FrenchText {

  /** The longest word kept. */
  public static final int MAX_WORD = 64;

  private static final CharArraySet SMALL_WORDS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "au", "aux", "ou",
                  "sur", "par", "pour", "dans", "avec", "qu", "the", "of", "and", "to", "in", "on",
                  "for", "with", "an"),
              false));

  /** The longest beginning of a word indexed as such ({@link #beginnings}). */
  public static final int MAX_BEGINNING = 20;

  private static final Analyzer FOLDED = analyzer(false, false);
  private static final Analyzer STEMMED = analyzer(true, false);
  private static final Analyzer BEGINNINGS = analyzer(false, true);

  private FrenchText() {}

  /** Words folded: lower case, without accents, elisions or small words. */
  public static Analyzer folded() {
    return FOLDED;
  }

  /**
   * Words folded, each with its beginnings of 2 to {@link #MAX_BEGINNING} letters ({@code forge}
   * gives {@code fo}, {@code for}, {@code forg}, {@code forge}), so that a word typed finds the
   * words it begins with one term rather than a scan of the index's words.
   */
  public static Analyzer beginnings() {
    return BEGINNINGS;
  }

  /** Words folded, then stemmed. */
  public static Analyzer stemmed() {
    return STEMMED;
  }

  /** The distinct folded words of a text, in order. */
  public static List<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try (TokenStream tokens = FOLDED.tokenStream("", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(words);
  }

  /** A folded word of a text, and where it stands in the text. */
  record Word(String folded, int start, int end) {}

  /** Every folded word of a text, in order, with where each stands. */
  static List<Word> wordsAt(String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream tokens = FOLDED.tokenStream("", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** The stem of a folded word. */
  public static String stem(String folded) {
    char[] chars = folded.toCharArray();
    int length = new FrenchLightStemmer().stem(chars, chars.length);
    return new String(chars, 0, length);
  }

  private static Analyzer analyzer(boolean stemmed, boolean beginnings) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        TokenStream words = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        words = new LowerCaseFilter(words);
        words = new ASCIIFoldingFilter(words);
        words = new StopFilter(words, SMALL_WORDS);
        words = new LengthFilter(words, 2, MAX_WORD);
        if (stemmed) {
          words = new FrenchLightStemFilter(words);
        } else if (beginnings) {
          words = new EdgeNGramTokenFilter(words, 2, MAX_BEGINNING, true);
        }
        return new TokenStreamComponents(source, words);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
