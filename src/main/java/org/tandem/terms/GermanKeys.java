package org.tandem.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
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

  /**
   * Removes an -s the light stemmer keeps: the genitive of nouns in -er (des Arbeitgebers,
   * des Jobcenters) and the plural of nouns in -a, -o, -y (Kitas, Autos, Handys).
   */
  private static String withoutPluralS(String word) {
    int n = word.length();
    if (n < 5 || Character.toLowerCase(word.charAt(n - 1)) != 's') {
      return word;
    }
    String end = word.substring(n - 3, n - 1).toLowerCase(Locale.GERMAN);
    boolean strip = end.equals("er") || "aoy".indexOf(end.charAt(1)) >= 0;
    return strip ? word.substring(0, n - 1) : word;
  }

  /**
   * Joins two plural patterns the light stemmer leaves apart: -nis/-nisse (Erlaubnis,
   * Erlaubnisse) and the feminine -in/-innen (Migrantin, Migrantinnen).
   */
  private static String repair(String key) {
    if (key.endsWith("niss") || key.endsWith("inn")) {
      return key.substring(0, key.length() - 1);
    }
    return key;
  }

  /** The key of one word (about a microsecond; callers cache it). */
  static String of(String word) {
    try (TokenStream stream = ANALYZER.tokenStream("", withoutPluralS(Fold.nfc(word)))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String key = stream.incrementToken() ? term.toString() : "";
      stream.end();
      return repair(key);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }
}
