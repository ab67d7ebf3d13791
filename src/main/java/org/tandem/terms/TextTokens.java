package org.tandem.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words with Lucene's {@link StandardTokenizer} (Unicode word boundaries), and
 * separates a Turkish apostrophe suffix: in "İstanbul'un" or "Jobcenter’a" the word is the part
 * before the apostrophe. A hyphen ends a word, so the truncation "Städte-" is the word "Städte".
 * Accelerator marks of UI strings are undone: "Da&amp;tei" and "_Datei" are the word "Datei".
 */
final class TextTokens {
  /**
   * One word of a text.
   *
   * @param word the word without an apostrophe suffix, as written
   * @param start offset of the word in the text
   * @param end offset just after the token, including an apostrophe suffix
   */
  record Token(String word, int start, int end) {}

  /** Thread-safe: an Analyzer keeps one tokenizer per thread and reuses it. */
  private static final Analyzer TOKENIZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };

  private TextTokens() {}

  /** The words of a text, in order. */
  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = TOKENIZER.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        add(tokens, text, withoutSuffix(term.toString()), offset.startOffset(), offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return tokens;
  }

  /**
   * Adds a token, undoing the marks of keyboard accelerators in UI strings: a word split by an
   * ampersand ("Da&tei", "D&osya") is joined again, and underscores ("_Datei") are dropped.
   */
  private static void add(List<Token> tokens, String text, String word, int start, int end) {
    if (word.indexOf('_') >= 0) {
      int lead = 0;
      while (lead < word.length() && word.charAt(lead) == '_') {
        lead++;
      }
      start += lead;
      word = word.replace("_", "");
      if (word.isEmpty()) {
        return;
      }
    }
    int last = tokens.size() - 1;
    if (last >= 0 && start >= 1 && tokens.get(last).end() == start - 1 && text.charAt(start - 1) == '&'
        && tokens.get(last).end() - tokens.get(last).start() == tokens.get(last).word().length()) {
      Token before = tokens.remove(last);
      tokens.add(new Token(before.word() + word, before.start(), end));
      return;
    }
    tokens.add(new Token(word, start, end));
  }

  /** The part before the first apostrophe, unless the token starts with one. */
  private static String withoutSuffix(String token) {
    for (int i = 1; i < token.length(); i++) {
      if (Fold.isApostrophe(token.charAt(i))) {
        return token.substring(0, i);
      }
    }
    return token;
  }
}
