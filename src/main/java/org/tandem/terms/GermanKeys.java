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
      TokenStream chain =
          new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(source)));
      return new TokenStreamComponents(source, chain);
    }
  };

  private GermanKeys() {}

  /**
   * Removes an ending the light stemmer keeps: the -s of the genitive of nouns in -er (des
   * Arbeitgebers, des Jobcenters) and of the plural of nouns in -a, -o, -y (Kitas, Autos, Handys),
   * and the -n of the dative plural of nouns in -el (in den Stadtvierteln).
   */
  private static String withoutLooseEnding(String word) {
    int n = word.length();
    if (n < 5) {
      return word;
    }
    String end = word.substring(n - 3).toLowerCase(Locale.GERMAN);
    boolean strip = end.equals("ers") || end.equals("eln")
        || (end.charAt(2) == 's' && "aoy".indexOf(end.charAt(1)) >= 0);
    return strip ? word.substring(0, n - 1) : word;
  }

  /**
   * Joins plural patterns the light stemmer leaves apart: -nis/-nisse (Erlaubnis, Erlaubnisse),
   * the feminine -in/-innen (Migrantin, Migrantinnen), and Latin -um/-a/-en (Praktikum, Praktika;
   * Thema, Themen; Museum, Museen; Konto, Konten; Virus, Viren; Algorithmus, Algorithmen).
   */
  private static String repair(String key) {
    int n = key.length();
    if (key.endsWith("niss") || key.endsWith("inn")) {
      return key.substring(0, n - 1);
    }
    if (n >= 6 && key.endsWith("um") || n >= 5 && key.endsWith("us") && "aeiou".indexOf(key.charAt(n - 3)) < 0) {
      return key.substring(0, n - 2);
    }
    if (n >= 4 && (key.endsWith("a") || key.endsWith("o")) && "aeiouy".indexOf(key.charAt(n - 2)) < 0) {
      return key.substring(0, n - 1);
    }
    return key;
  }

  /** The key of one word (about a microsecond; callers cache it). */
  static String of(String word) {
    try (TokenStream stream = ANALYZER.tokenStream("", withoutLooseEnding(Fold.nfc(word)))) {
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
