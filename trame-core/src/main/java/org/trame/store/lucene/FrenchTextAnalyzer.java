package org.trame.store.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for indexing and search: elisions ("l'actrice" → "actrice"), lower case, French
 * stop words, accents folded ("Norvège" = "norvege"), light stemming ("cascades" → "cascad"). The
 * same chain serves similarity, so that what search finds and what clusters together agree.
 */
public final class FrenchTextAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
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
