package org.tandem.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The comparison key of a German word: lower case, Lucene's {@link GermanNormalizationFilter}
 * (umlauts, ß) and {@link GermanLightStemFilter} (inflection endings), so that Kommune and
 * Kommunen, Geflüchtete and Geflüchteten, Gemeindebund and Gemeindebundes share a key.
 */
final class GermanKeys {
  /** Thread-safe: an Analyzer keeps one filter chain per thread and reuses it. */
  private static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new KeywordTokenizer();
      TokenStream chain = new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(source)));
      return new TokenStreamComponents(source, chain);
    }
  };

  private GermanKeys() {}

  /** The key of one word (about a microsecond; callers cache it). */
  static String of(String word) {
    try (TokenStream stream = ANALYZER.tokenStream("", Fold.nfc(word))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String key = stream.incrementToken() ? term.toString() : "";
      stream.end();
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }
}
