package org.trame.store.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for indexing and search: elisions ("l'actrice" → "actrice"), lower case, French
 * stop words, accents folded ("Norvège" = "norvege"), light stemming ("cascades" → "cascad"). The
 * same chain serves similarity, so that what search finds and what clusters together agree.
 *
 * <p>English articles go through the same chain, so English function words are stopped too:
 * otherwise "the" and "of" make every English article look like every other. "or" stays, as it is
 * French for gold.
 */
public final class FrenchTextAnalyzer extends Analyzer {

  private static final CharArraySet STOP_WORDS = stopWords();

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), false);
    for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      String w = new String((char[]) word);
      if (!w.equals("or")) {
        set.add(w);
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }

  /**
   * The stop words, for a search engine that must analyse text as this chain does (an OpenSearch
   * index's settings).
   */
  public static java.util.SortedSet<String> stopWordList() {
    return words(STOP_WORDS);
  }

  /** The elided articles ("l", "qu", "jusqu"…), for the same purpose. */
  public static java.util.SortedSet<String> elidedArticles() {
    return words(FrenchAnalyzer.DEFAULT_ARTICLES);
  }

  private static java.util.SortedSet<String> words(CharArraySet set) {
    java.util.SortedSet<String> words = new java.util.TreeSet<>();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    return words;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, STOP_WORDS);
    result = new ASCIIFoldingFilter(result);
    result = new FrenchLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
    result = new LowerCaseFilter(result);
    return new ASCIIFoldingFilter(result);
  }
}
